using System.Numerics;
using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>
/// Scores (mentee, mentor) pairs of one encoded round. <see cref="Evaluate(int, int, out float)"/> is the allocation-free
/// reference for a single pair; <see cref="RowKernel"/> scores a whole row faster with the same arithmetic.
/// </summary>
public sealed class PairScorer
{
    private readonly MentorTables _tables;

    public PairScorer(EncodedRound round, IEnumerable<PreviousPair> previousPairs, int[] remainingCapacities)
        : this(round, PairExceptions.Build(round ?? throw new ArgumentNullException(nameof(round)), previousPairs ?? throw new ArgumentNullException(nameof(previousPairs))), remainingCapacities)
    {
    }

    /// <summary>For a distributed slice, whose pair exceptions were cut from the whole round's.</summary>
    internal PairScorer(EncodedRound round, PairExceptions exceptions, int[] remainingCapacities)
        : this(round, exceptions, new MentorTables(round, remainingCapacities))
    {
    }

    /// <summary>For one mentee against a recommendation pool's mentors, sharing the pool's mentor tables.</summary>
    internal PairScorer(EncodedRound round, PairExceptions exceptions, MentorTables tables)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(exceptions);
        ArgumentNullException.ThrowIfNull(tables);
        if (!ReferenceEquals(tables.Mentors, round.Mentors))
        {
            throw new ArgumentException("The mentor tables were built for another mentor side.", nameof(tables));
        }

        Round = round;
        _tables = tables;
        Policy = round.Policy;
        Exceptions = exceptions;
    }

    public EncodedRound Round { get; }

    public EncodedSide Mentees => Round.Mentees;

    public EncodedSide Mentors => Round.Mentors;

    /// <summary>Remaining capacity per mentor index.</summary>
    public ReadOnlySpan<int> Capacities => _tables.Capacities;

    internal int[] CapacityArray => _tables.Capacities;

    internal ScoringPolicy Policy { get; }

    internal PairExceptions Exceptions { get; }

    internal MentorColumns Columns => _tables.Columns;

    /// <summary>Mentors whose organisation has a competitor; only these need the competitor check.</summary>
    internal int[] CompetitorMentors => _tables.CompetitorMentors;

    /// <summary>The mentors (ascending) whose organisation competes with a mentee of competitor class <paramref name="menteeClass"/>.</summary>
    internal ReadOnlySpan<int> CompetingMentors(int menteeClass) => _tables.CompetingMentors(menteeClass);

    /// <summary>Mentors with no capacity left, excluded from every row.</summary>
    internal int[] FullMentors => _tables.FullMentors;

    /// <summary>The weight of a component divided by the weight sum.</summary>
    public float Coefficient(ScoreComponent component) => Policy[component];

    /// <summary>Scores one pair without allocating. Returns the first hard rule that excludes it, or <see cref="ExclusionRule.None"/>.</summary>
    public ExclusionRule Evaluate(int mentee, int mentor, out float total)
    {
        var raw = default(ComponentScores);
        return Evaluate(mentee, mentor, ref raw, out total);
    }

    /// <summary>Scores one pair and fills every raw component, even when a hard rule excludes the pair.</summary>
    public ExclusionRule Evaluate(int mentee, int mentor, ref ComponentScores raw, out float total)
    {
        var a = Mentees;
        var b = Mentors;
        var layout = Round.Layout;
        var ra = a.Row(mentee);
        var rb = b.Row(mentor);
        var policy = Policy;

        int offered = 0, levelGap = 0;
        for (var w = 0; w < layout.SkillWords; w++)
        {
            offered += BitOperations.PopCount(ra[layout.WantedAny + w] & rb[layout.OfferedAny + w]);
            for (var level = 2; level <= SkillLevel.MaxLevel; level++)
            {
                levelGap += BitOperations.PopCount(ra[layout.WantedAtLeast(level) + w] & rb[layout.OfferedBelow(level) + w]);
            }
        }

        var wanted = a.WantedSkillCount[mentee];
        raw[ScoreComponent.Skills] = wanted == 0 ? 0f : (offered - (ScoringConstants.SkillLevelGapPenalty * levelGap)) / wanted;
        var goals = Overlap(ra, rb, layout.Goals, layout.GoalWords);
        raw[ScoreComponent.Goals] = a.GoalCount[mentee] == 0 ? 0f : (float)goals / a.GoalCount[mentee];
        var interests = Overlap(ra, rb, layout.Interests, layout.InterestWords);
        raw[ScoreComponent.Interests] = (float)Math.Min(interests, ScoringConstants.InterestSaturation) / ScoringConstants.InterestSaturation;
        var overlap = Overlap(ra, rb, layout.Availability, FeatureLayout.AvailabilityWords);
        raw[ScoreComponent.Availability] = (float)Math.Min(overlap, policy.TargetOverlapHours) / policy.TargetOverlapHours;

        bool sharesLanguage = false, requiredMissing = false, primaryShared = false;
        for (var w = 0; w < layout.LanguageWords; w++)
        {
            var la = ra[layout.Languages + w];
            var lb = rb[layout.Languages + w];
            sharesLanguage |= (la & lb) != 0;
            requiredMissing |= ((ra[layout.RequiredLanguages + w] & ~lb) | (rb[layout.RequiredLanguages + w] & ~la)) != 0;
            primaryShared |= (ra[layout.PrimaryLanguage + w] & lb) != 0;
        }

        raw[ScoreComponent.Language] = primaryShared ? 1f : sharesLanguage ? ScoringConstants.SecondaryLanguageScore : 0f;
        raw[ScoreComponent.Seniority] = ComponentMath.Seniority(b.Seniority[mentor] - a.Seniority[mentee], policy.SeniorityGapMin, policy.SeniorityGapMax);
        var distance = ComponentMath.TimeZoneDistanceHours(a.OffsetMinutes[mentee], b.OffsetMinutes[mentor]);
        raw[ScoreComponent.TimeZone] = ComponentMath.TimeZone(distance);
        var sameLocation = a.Location[mentee] != 0 && a.Location[mentee] == b.Location[mentor];
        raw[ScoreComponent.Format] = ComponentMath.Format(a.Formats[mentee], b.Formats[mentor], sameLocation);
        var sameOrganisation = a.Organisation[mentee] != 0 && a.Organisation[mentee] == b.Organisation[mentor];
        raw[ScoreComponent.Organisation] = 0.5f * (ComponentMath.OrganisationSide(a.Has(mentee, ParticipantFlags.PreferOutsideOrganisation), sameOrganisation)
            + ComponentMath.OrganisationSide(b.Has(mentor, ParticipantFlags.PreferOutsideOrganisation), sameOrganisation));
        raw[ScoreComponent.Industry] = ComponentMath.Industry(a.Has(mentee, ParticipantFlags.PreferOtherIndustry), a.Industry[mentee], b.Industry[mentor]);

        var rule = ExclusionRule.None;
        if (Exceptions.TryFind(mentee, mentor, out var exception))
        {
            rule = exception.Rule;
            raw[ScoreComponent.Rank] = exception.RankScore;
            raw[ScoreComponent.PriorEngagement] = exception.Engagement;
        }
        else
        {
            raw[ScoreComponent.Rank] = 0f;
            raw[ScoreComponent.PriorEngagement] = 0f;
        }

        total = 0f;
        for (var c = 0; c < ComponentScores.Count; c++)
        {
            total += policy[(ScoreComponent)c] * raw[c];
        }

        if (rule != ExclusionRule.None)
        {
            return rule;
        }

        if (Round.AreCompetitors(a.CompetitorClass[mentee], b.CompetitorClass[mentor]))
        {
            return ExclusionRule.CompetitorOrganisations;
        }

        rule = ComponentMath.OrganisationRule(policy.OrganisationMode, sameOrganisation, a.Has(mentee, ParticipantFlags.RequireOutsideOrganisation), b.Has(mentor, ParticipantFlags.RequireOutsideOrganisation));
        if (rule != ExclusionRule.None)
        {
            return rule;
        }

        if (!sharesLanguage)
        {
            return ExclusionRule.NoSharedLanguage;
        }

        if (requiredMissing)
        {
            return ExclusionRule.RequiredLanguageMissing;
        }

        if (distance > Math.Min(a.MaxTimeZoneHours[mentee], b.MaxTimeZoneHours[mentor]))
        {
            return ExclusionRule.TimeZoneTooFar;
        }

        if (overlap < policy.MinimumOverlapHours)
        {
            return ExclusionRule.InsufficientOverlap;
        }

        if (_tables.Capacities[mentor] <= 0)
        {
            return ExclusionRule.NoCapacity;
        }

        return policy.Passes(total) ? ExclusionRule.None : ExclusionRule.BelowMinimumScore;
    }

    private static int Overlap(ReadOnlySpan<ulong> ra, ReadOnlySpan<ulong> rb, int start, int words)
    {
        var count = 0;
        for (var w = 0; w < words; w++)
        {
            count += BitOperations.PopCount(ra[start + w] & rb[start + w]);
        }

        return count;
    }
}
