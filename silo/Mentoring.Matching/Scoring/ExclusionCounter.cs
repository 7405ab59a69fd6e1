using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>
/// Counts, for one mentee, how many mentors each hard rule removes: the same first rule as
/// <see cref="PairScorer.Evaluate(int, int, out float)"/> per mentor, but from one scored row plus one rule pass over the
/// columns instead of a scalar evaluation per pair. Used to name the main rule for mentees left without a candidate.
/// </summary>
internal static class ExclusionCounter
{
    public static readonly int RuleCount = Enum.GetValues<ExclusionRule>().Length;

    /// <summary>Adds one count per mentor to <paramref name="counts"/> (indexed by rule, <see cref="ExclusionRule.None"/> for feasible pairs).</summary>
    public static void Count(PairScorer scorer, int mentee, Span<int> counts, bool allowVector = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(counts.Length, RuleCount);
        var mentorCount = scorer.Mentors.Count;
        var row = ArrayPool<float>.Shared.Rent(mentorCount);
        var rules = ArrayPool<int>.Shared.Rent(scorer.Columns.Padded);
        try
        {
            var scored = row.AsSpan(0, mentorCount);
            var ruled = rules.AsSpan(0, mentorCount);
            RowKernel.ScoreRow(scorer, mentee, scored);
            if (allowVector && VectorRowKernel.IsSupported)
            {
                IntrinsicRulesVector(scorer, mentee, rules.AsSpan(0, scorer.Columns.Padded));
            }
            else
            {
                IntrinsicRulesScalar(scorer, mentee, ruled);
            }

            // Later rules first, so each assignment below overrides only rules checked after it.
            var capacities = scorer.Capacities;
            var policy = scorer.Policy;
            for (var mentor = 0; mentor < ruled.Length; mentor++)
            {
                if (ruled[mentor] == (int)ExclusionRule.None)
                {
                    ruled[mentor] = capacities[mentor] <= 0 ? (int)ExclusionRule.NoCapacity
                        : policy.Passes(scored[mentor]) ? (int)ExclusionRule.None
                        : (int)ExclusionRule.BelowMinimumScore;
                }
            }

            var round = scorer.Round;
            var menteeClass = scorer.Mentees.CompetitorClass[mentee];
            if (menteeClass >= 0)
            {
                foreach (var mentor in scorer.CompetitorMentors)
                {
                    if (round.AreCompetitors(menteeClass, scorer.Mentors.CompetitorClass[mentor]))
                    {
                        ruled[mentor] = (int)ExclusionRule.CompetitorOrganisations;
                    }
                }
            }

            foreach (ref readonly var e in scorer.Exceptions.Of(mentee))
            {
                if (e.Rule != ExclusionRule.None)
                {
                    ruled[e.Mentor] = (int)e.Rule;
                }
            }

            foreach (var rule in ruled)
            {
                counts[rule]++;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rules);
            ArrayPool<float>.Shared.Return(row);
        }
    }

    /// <summary>The first failing feature rule (organisation, language, time zone, overlap) per mentor, or None.</summary>
    // Rounds run rarely, so without this the first round's rows would run in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void IntrinsicRulesScalar(PairScorer scorer, int mentee, Span<int> rules)
    {
        var a = scorer.Mentees;
        var b = scorer.Mentors;
        var layout = scorer.Round.Layout;
        var policy = scorer.Policy;
        var ra = a.Row(mentee);
        var organisation = a.Organisation[mentee];
        var requiresOutside = a.Has(mentee, ParticipantFlags.RequireOutsideOrganisation);
        for (var mentor = 0; mentor < rules.Length; mentor++)
        {
            var rb = b.Row(mentor);
            var same = organisation != 0 && organisation == b.Organisation[mentor];
            var rule = ComponentMath.OrganisationRule(policy.OrganisationMode, same, requiresOutside, b.Has(mentor, ParticipantFlags.RequireOutsideOrganisation));
            if (rule == ExclusionRule.None)
            {
                bool shares = false, missing = false;
                for (var w = 0; w < layout.LanguageWords; w++)
                {
                    var la = ra[layout.Languages + w];
                    var lb = rb[layout.Languages + w];
                    shares |= (la & lb) != 0;
                    missing |= ((ra[layout.RequiredLanguages + w] & ~lb) | (rb[layout.RequiredLanguages + w] & ~la)) != 0;
                }

                var overlap = 0;
                for (var w = 0; w < FeatureLayout.AvailabilityWords; w++)
                {
                    overlap += BitOperations.PopCount(ra[layout.Availability + w] & rb[layout.Availability + w]);
                }

                rule = !shares ? ExclusionRule.NoSharedLanguage
                    : missing ? ExclusionRule.RequiredLanguageMissing
                    : ComponentMath.TimeZoneDistanceHours(a.OffsetMinutes[mentee], b.OffsetMinutes[mentor]) > Math.Min(a.MaxTimeZoneHours[mentee], b.MaxTimeZoneHours[mentor]) ? ExclusionRule.TimeZoneTooFar
                    : overlap < policy.MinimumOverlapHours ? ExclusionRule.InsufficientOverlap
                    : ExclusionRule.None;
            }

            rules[mentor] = (int)rule;
        }
    }

    /// <summary>AVX-512 form of <see cref="IntrinsicRulesScalar"/> over <see cref="MentorColumns"/>; <paramref name="rules"/> spans the padded count.</summary>
    // Rounds run rarely, so without this the first round's rows would run in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void IntrinsicRulesVector(PairScorer scorer, int mentee, Span<int> rules)
    {
        var c = scorer.Columns;
        var layout = scorer.Round.Layout;
        var policy = scorer.Policy;
        var a = scorer.Mentees;
        var ra = a.Row(mentee);
        ref var words = ref MemoryMarshal.GetArrayDataReference(c.Words);
        ref var output = ref MemoryMarshal.GetReference(rules);
        var padded = c.Padded;
        var stride = c.Stride;
        var organisation = Vector256.Create(a.Organisation[mentee]);
        var hasOrganisation = a.Organisation[mentee] != 0;
        var forbidAll = policy.OrganisationMode == OrganisationMode.DifferentRequired || a.Has(mentee, ParticipantFlags.RequireOutsideOrganisation);
        var sameRequired = policy.OrganisationMode == OrganisationMode.SameRequired;
        var requireFlag = Vector256.Create((int)ParticipantFlags.RequireOutsideOrganisation);
        var offset = Vector256.Create(a.OffsetMinutes[mentee]);
        var maxTimeZone = Vector256.Create(a.MaxTimeZoneHours[mentee]);
        var minimumOverlap = Vector512.Create((ulong)Math.Max(0, policy.MinimumOverlapHours));
        var day = Vector256.Create(1440);
        ulong av0 = ra[layout.Availability], av1 = ra[layout.Availability + 1], av2 = ra[layout.Availability + 2];

        for (var start = 0; start < padded; start += MentorColumns.Lanes)
        {
            var shared = Vector512<ulong>.Zero;
            var missing = Vector512<ulong>.Zero;
            for (var w = 0; w < layout.LanguageWords; w++)
            {
                var la = Vector512.Create(ra[layout.Languages + w]);
                var lb = MentorColumns.Column(ref words, stride, start, layout.Languages + w);
                shared |= la & lb;
                missing |= Vector512.AndNot(Vector512.Create(ra[layout.RequiredLanguages + w]), lb) | Vector512.AndNot(MentorColumns.Column(ref words, stride, start, layout.RequiredLanguages + w), la);
            }

            var overlap = VectorBits.Sum(VectorBits.ByteCounts(Vector512.Create(av0) & MentorColumns.Column(ref words, stride, start, layout.Availability))
                + VectorBits.ByteCounts(Vector512.Create(av1) & MentorColumns.Column(ref words, stride, start, layout.Availability + 1))
                + VectorBits.ByteCounts(Vector512.Create(av2) & MentorColumns.Column(ref words, stride, start, layout.Availability + 2)));

            var same = hasOrganisation ? Vector256.Equals(Load(c.Organisation, start), organisation) : Vector256<int>.Zero;
            var forbidSame = forbidAll ? Vector256<int>.AllBitsSet : ~Vector256.Equals(Load(c.Flags, start) & requireFlag, Vector256<int>.Zero);

            var distance = Vector256.Abs(Load(c.Offset, start) - offset);
            distance -= Vector256.GreaterThanOrEqual(distance, day) & day;
            distance = Vector256.Min(distance, day - distance);
            var hours = (distance + Vector256.Create(30)) / 60;
            var tooFar = Vector256.GreaterThan(hours, Vector256.Min(Load(c.MaxTimeZone, start), maxTimeZone));

            var code = VectorBits.Narrow(Vector512.LessThan(overlap, minimumOverlap)) & Vector256.Create((int)ExclusionRule.InsufficientOverlap);
            code = Vector256.ConditionalSelect(tooFar, Vector256.Create((int)ExclusionRule.TimeZoneTooFar), code);
            code = Vector256.ConditionalSelect(~VectorBits.Narrow(Vector512.Equals(missing, Vector512<ulong>.Zero)), Vector256.Create((int)ExclusionRule.RequiredLanguageMissing), code);
            code = Vector256.ConditionalSelect(VectorBits.Narrow(Vector512.Equals(shared, Vector512<ulong>.Zero)), Vector256.Create((int)ExclusionRule.NoSharedLanguage), code);
            if (sameRequired)
            {
                code = Vector256.ConditionalSelect(~same, Vector256.Create((int)ExclusionRule.DifferentOrganisation), code);
            }

            code = Vector256.ConditionalSelect(same & forbidSame, Vector256.Create((int)ExclusionRule.SameOrganisation), code);
            code.StoreUnsafe(ref output, (nuint)start);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Load(int[] column, int start) => Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(column), (nuint)start);
}
