using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>
/// Scores one mentee against every mentor into a row buffer: the total, or <see cref="Excluded"/> when a hard rule
/// other than the minimum score applies. Same arithmetic as <see cref="PairScorer.Evaluate(int, int, out float)"/>.
/// </summary>
internal static class RowKernel
{
    public const float Excluded = -1f;

    public static void ScoreRow(PairScorer scorer, int mentee, Span<float> row)
    {
        if (VectorRowKernel.IsSupported)
        {
            VectorRowKernel.ScoreIntrinsic(scorer, mentee, row);
        }
        else
        {
            ScoreIntrinsic(scorer, mentee, row);
        }

        ApplyPairFacts(scorer, mentee, row);
    }

    /// <summary>
    /// <see cref="ScoreRow"/> for <paramref name="count"/> consecutive mentees into consecutive rows of
    /// <paramref name="rows"/>, each as long as the mentor count; the vector kernel shares mentor tiles across the rows.
    /// </summary>
    public static void ScoreRows(PairScorer scorer, int firstMentee, int count, Span<float> rows)
    {
        var mentorCount = scorer.Mentors.Count;
        VectorRowKernel.ScoreIntrinsicRows(scorer, firstMentee, count, rows);
        for (var i = 0; i < count; i++)
        {
            ApplyPairFacts(scorer, firstMentee + i, rows.Slice(i * mentorCount, mentorCount));
        }
    }

    /// <summary>Scalar kernel: every feature-derived component and rule, no pair-level facts.</summary>
    // Rounds run rarely, so without this the first round's rows would run in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ScoreIntrinsic(PairScorer scorer, int mentee, Span<float> row)
    {
        var a = scorer.Mentees;
        var b = scorer.Mentors;
        var layout = scorer.Round.Layout;
        var k = new RowConstants(scorer, mentee);
        var stride = layout.Stride;
        var ra = a.Row(mentee);
        ref var mentorWords = ref MemoryMarshal.GetArrayDataReference(b.Words);
        for (var mentor = 0; mentor < row.Length; mentor++)
        {
            var rb = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref mentorWords, mentor * stride), stride);
            int offered = 0, levelGap = 0;
            for (var w = 0; w < layout.SkillWords; w++)
            {
                offered += BitOperations.PopCount(ra[layout.WantedAny + w] & rb[layout.OfferedAny + w]);
                levelGap += BitOperations.PopCount(ra[layout.WantedAtLeast(2) + w] & rb[layout.OfferedBelow(2) + w])
                    + BitOperations.PopCount(ra[layout.WantedAtLeast(3) + w] & rb[layout.OfferedBelow(3) + w])
                    + BitOperations.PopCount(ra[layout.WantedAtLeast(4) + w] & rb[layout.OfferedBelow(4) + w])
                    + BitOperations.PopCount(ra[layout.WantedAtLeast(5) + w] & rb[layout.OfferedBelow(5) + w]);
            }

            var goals = Overlap(ra, rb, layout.Goals, layout.GoalWords);
            var interests = Overlap(ra, rb, layout.Interests, layout.InterestWords);
            var overlap = Overlap(ra, rb, layout.Availability, FeatureLayout.AvailabilityWords);
            bool sharesLanguage = false, requiredMissing = false, primaryShared = false;
            for (var w = 0; w < layout.LanguageWords; w++)
            {
                var la = ra[layout.Languages + w];
                var lb = rb[layout.Languages + w];
                sharesLanguage |= (la & lb) != 0;
                requiredMissing |= ((ra[layout.RequiredLanguages + w] & ~lb) | (rb[layout.RequiredLanguages + w] & ~la)) != 0;
                primaryShared |= (ra[layout.PrimaryLanguage + w] & lb) != 0;
            }

            var distance = ComponentMath.TimeZoneDistanceHours(k.Offset, b.OffsetMinutes[mentor]);
            var sameOrganisation = k.OrganisationId != 0 && k.OrganisationId == b.Organisation[mentor];
            var flagsB = b.Flags[mentor];
            var total = (k.Skill * (offered - (ScoringConstants.SkillLevelGapPenalty * levelGap)))
                + (k.Goal * goals)
                + (k.Interest * Math.Min(interests, ScoringConstants.InterestSaturation))
                + (k.Availability * Math.Min(overlap, k.Target))
                + (k.Language * (primaryShared ? 1f : ScoringConstants.SecondaryLanguageScore))
                + (k.Seniority * ComponentMath.Seniority(b.Seniority[mentor] - k.SeniorityYears, k.GapMin, k.GapMax))
                + (k.TimeZone * ComponentMath.TimeZone(distance))
                + (k.Format * ComponentMath.Format(k.Formats, b.Formats[mentor], k.Location != 0 && k.Location == b.Location[mentor]))
                + (k.Organisation * 0.5f * (ComponentMath.OrganisationSide(k.PrefersOutside, sameOrganisation)
                    + ComponentMath.OrganisationSide((flagsB & (int)ParticipantFlags.PreferOutsideOrganisation) != 0, sameOrganisation)))
                + (k.Industry * ComponentMath.Industry(k.PrefersOtherIndustry, k.IndustryId, b.Industry[mentor]));
            var organisationOk = ComponentMath.OrganisationRule(k.Mode, sameOrganisation, k.RequiresOutside, (flagsB & (int)ParticipantFlags.RequireOutsideOrganisation) != 0) == ExclusionRule.None;
            var feasible = sharesLanguage & !requiredMissing & organisationOk
                & distance <= Math.Min(k.MaxTimeZone, b.MaxTimeZoneHours[mentor])
                & overlap >= k.MinimumOverlap;
            row[mentor] = feasible ? total : Excluded;
        }
    }

    /// <summary>Merges the sparse pair-level facts into a scored row: exclusions, rank and engagement bonuses, competitors, full mentors.</summary>
    // Rounds run rarely, so without this the first round's rows would run in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ApplyPairFacts(PairScorer scorer, int mentee, Span<float> row)
    {
        var rank = scorer.Coefficient(ScoreComponent.Rank);
        var engagement = scorer.Coefficient(ScoreComponent.PriorEngagement);
        foreach (ref readonly var e in scorer.Exceptions.Of(mentee))
        {
            if (e.Rule != ExclusionRule.None)
            {
                row[e.Mentor] = Excluded;
            }
            else if (row[e.Mentor] != Excluded)
            {
                row[e.Mentor] += (rank * e.RankScore) + (engagement * e.Engagement);
            }
        }

        foreach (var mentor in scorer.CompetingMentors(scorer.Mentees.CompetitorClass[mentee]))
        {
            row[mentor] = Excluded;
        }

        foreach (var mentor in scorer.FullMentors)
        {
            row[mentor] = Excluded;
        }
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
