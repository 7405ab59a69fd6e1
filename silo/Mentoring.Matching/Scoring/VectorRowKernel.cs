using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>
/// AVX-512 variant of <see cref="RowKernel.ScoreIntrinsic"/>: eight mentors per step over <see cref="MentorColumns"/>.
/// The common layout with one word per bitset category has its own loop with fixed column offsets; any other layout
/// takes the generic loop over word counts.
/// </summary>
internal static class VectorRowKernel
{
    private const int Lanes = MentorColumns.Lanes;

    // Column offsets of the one-word layout (see FeatureLayout), checked against the layout in IsSingleWord.
    private const int OfferedAny = 0;
    private const int WantedAny = 5;
    private const int Goals = 10;
    private const int Interests = 11;
    private const int Availability = 12;
    private const int Languages = 15;
    private const int RequiredLanguages = 16;
    private const int PrimaryLanguage = 17;
    private const int SingleWordStride = 18;

    // 512 mentors' columns (about 90 KB in the one-word layout) stay in L2 while every mentee of a block reads them.
    private const int MentorsPerTile = 512;

    public static bool IsSupported => Avx512BW.IsSupported && Avx512F.IsSupported && Avx512DQ.IsSupported && Avx2.IsSupported;

    public static bool IsSingleWord(FeatureLayout layout) =>
        layout.SkillWords == 1 && layout.GoalWords == 1 && layout.InterestWords == 1 && layout.LanguageWords == 1
        && layout.Stride == SingleWordStride && layout.WantedAny == WantedAny && layout.Goals == Goals && layout.Interests == Interests
        && layout.Availability == Availability && layout.Languages == Languages && layout.RequiredLanguages == RequiredLanguages
        && layout.PrimaryLanguage == PrimaryLanguage && layout.OfferedBelow(2) == 1 && layout.WantedAtLeast(2) == WantedAny + 1;

    public static void ScoreIntrinsic(PairScorer scorer, int mentee, Span<float> row) =>
        ScoreIntrinsic(scorer, mentee, row, allowSingleWord: true);

    internal static void ScoreIntrinsic(PairScorer scorer, int mentee, Span<float> row, bool allowSingleWord)
    {
        if (!IsSupported)
        {
            RowKernel.ScoreIntrinsic(scorer, mentee, row);
            return;
        }

        var v = new RowVectors(new RowConstants(scorer, mentee));
        ScoreRange(scorer, mentee, in v, row, 0, row.Length, allowSingleWord && IsSingleWord(scorer.Round.Layout));
    }

    /// <summary>
    /// Scores <paramref name="count"/> consecutive mentees into consecutive rows of <paramref name="rows"/> (one row per
    /// mentor each), a tile of mentors at a time for all of them, so the tile's columns are read from cache
    /// rather than from memory once per mentee.
    /// </summary>
    public static void ScoreIntrinsicRows(PairScorer scorer, int firstMentee, int count, Span<float> rows)
    {
        var mentorCount = scorer.Mentors.Count;
        if (!IsSupported)
        {
            for (var i = 0; i < count; i++)
            {
                RowKernel.ScoreIntrinsic(scorer, firstMentee + i, rows.Slice(i * mentorCount, mentorCount));
            }

            return;
        }

        var singleWord = IsSingleWord(scorer.Round.Layout);
        var vectors = ArrayPool<RowVectors>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                vectors[i] = new RowVectors(new RowConstants(scorer, firstMentee + i));
            }

            for (var from = 0; from < mentorCount; from += MentorsPerTile)
            {
                var to = Math.Min(mentorCount, from + MentorsPerTile);
                for (var i = 0; i < count; i++)
                {
                    ScoreRange(scorer, firstMentee + i, in vectors[i], rows.Slice(i * mentorCount, mentorCount), from, to, singleWord);
                }
            }
        }
        finally
        {
            ArrayPool<RowVectors>.Shared.Return(vectors);
        }
    }

    private static void ScoreRange(PairScorer scorer, int mentee, in RowVectors v, Span<float> row, int from, int to, bool singleWord)
    {
        var ra = scorer.Mentees.Row(mentee);
        if (singleWord)
        {
            SingleWordRow(scorer.Columns, in v, ra, row, from, to);
        }
        else
        {
            GenericRow(scorer.Columns, scorer.Round.Layout, in v, ra, row, from, to);
        }
    }

    // Rounds run rarely, so without this the first round's rows would run in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SingleWordRow(MentorColumns c, in RowVectors v, ReadOnlySpan<ulong> ra, Span<float> row, int from, int to)
    {
        // The mentee's words stay scalars in memory: each AND broadcasts its word from there ({1to8}), which keeps
        // thirteen broadcast registers from being spilled and reloaded on every block.
        var m = ra[..SingleWordStride];
        ref var mentee = ref MemoryMarshal.GetReference(m);
        ref var words = ref MemoryMarshal.GetArrayDataReference(c.Words);
        ref var output = ref MemoryMarshal.GetReference(row);
        Span<float> tail = stackalloc float[Lanes];

        for (var start = from; start < to; start += Lanes)
        {
            ref var block = ref Unsafe.Add(ref words, start * SingleWordStride);
            var offered = VectorBits.Count(Mentee(ref mentee, WantedAny) & Word(ref block, OfferedAny));
            var gap = VectorBits.Sum(VectorBits.ByteCounts(Mentee(ref mentee, WantedAny + 1) & Word(ref block, OfferedAny + 1))
                + VectorBits.ByteCounts(Mentee(ref mentee, WantedAny + 2) & Word(ref block, OfferedAny + 2))
                + VectorBits.ByteCounts(Mentee(ref mentee, WantedAny + 3) & Word(ref block, OfferedAny + 3))
                + VectorBits.ByteCounts(Mentee(ref mentee, WantedAny + 4) & Word(ref block, OfferedAny + 4)));
            var sharedGoals = VectorBits.Count(Mentee(ref mentee, Goals) & Word(ref block, Goals));
            var sharedInterests = VectorBits.Count(Mentee(ref mentee, Interests) & Word(ref block, Interests));
            var overlap = VectorBits.Sum(VectorBits.ByteCounts(Mentee(ref mentee, Availability) & Word(ref block, Availability))
                + VectorBits.ByteCounts(Mentee(ref mentee, Availability + 1) & Word(ref block, Availability + 1))
                + VectorBits.ByteCounts(Mentee(ref mentee, Availability + 2) & Word(ref block, Availability + 2)));

            var languages = Mentee(ref mentee, Languages);
            var mentorLanguages = Word(ref block, Languages);
            var shared = languages & mentorLanguages;
            var missing = Vector512.AndNot(Mentee(ref mentee, RequiredLanguages), mentorLanguages) | Vector512.AndNot(Word(ref block, RequiredLanguages), languages);
            var primaryShared = Mentee(ref mentee, PrimaryLanguage) & mentorLanguages;

            var scores = Finish(c, in v, start, offered, gap, sharedGoals, sharedInterests, overlap, shared, missing, primaryShared);
            if (start + Lanes <= to)
            {
                scores.StoreUnsafe(ref output, (nuint)start);
            }
            else
            {
                scores.StoreUnsafe(ref MemoryMarshal.GetReference(tail));
                tail[..(to - start)].CopyTo(row[start..]);
            }
        }
    }

    // Rounds run rarely, so without this the first round's rows would run in unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void GenericRow(MentorColumns c, FeatureLayout layout, in RowVectors v, ReadOnlySpan<ulong> ra, Span<float> row, int from, int to)
    {
        ref var words = ref MemoryMarshal.GetArrayDataReference(c.Words);
        var stride = c.Stride;
        Span<float> tail = stackalloc float[Lanes];
        for (var start = from; start < to; start += Lanes)
        {
            var offered = Vector512<ulong>.Zero;
            var gap = Vector512<ulong>.Zero;
            for (var w = 0; w < layout.SkillWords; w++)
            {
                offered += VectorBits.Count(Vector512.Create(ra[layout.WantedAny + w]) & MentorColumns.Column(ref words, stride, start, layout.OfferedAny + w));
                var bands = Vector512<byte>.Zero;
                for (var level = 2; level <= SkillLevel.MaxLevel; level++)
                {
                    bands += VectorBits.ByteCounts(Vector512.Create(ra[layout.WantedAtLeast(level) + w]) & MentorColumns.Column(ref words, stride, start, layout.OfferedBelow(level) + w));
                }

                gap += VectorBits.Sum(bands);
            }

            var goals = Overlap(ra, layout.Goals, layout.GoalWords, ref words, stride, start);
            var interests = Overlap(ra, layout.Interests, layout.InterestWords, ref words, stride, start);
            var overlap = Overlap(ra, layout.Availability, FeatureLayout.AvailabilityWords, ref words, stride, start);

            var shared = Vector512<ulong>.Zero;
            var missing = Vector512<ulong>.Zero;
            var primary = Vector512<ulong>.Zero;
            for (var w = 0; w < layout.LanguageWords; w++)
            {
                var la = Vector512.Create(ra[layout.Languages + w]);
                var lb = MentorColumns.Column(ref words, stride, start, layout.Languages + w);
                shared |= la & lb;
                missing |= Vector512.AndNot(Vector512.Create(ra[layout.RequiredLanguages + w]), lb) | Vector512.AndNot(MentorColumns.Column(ref words, stride, start, layout.RequiredLanguages + w), la);
                primary |= Vector512.Create(ra[layout.PrimaryLanguage + w]) & lb;
            }

            var scores = Finish(c, in v, start, offered, gap, goals, interests, overlap, shared, missing, primary);
            if (start + Lanes <= to)
            {
                scores.StoreUnsafe(ref MemoryMarshal.GetReference(row), (nuint)start);
            }
            else
            {
                scores.StoreUnsafe(ref MemoryMarshal.GetReference(tail));
                tail[..(to - start)].CopyTo(row[start..]);
            }
        }
    }

    /// <summary>The scalar-feature components, the weighted total and the feature rules of one block of mentors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Finish(
        MentorColumns c,
        in RowVectors v,
        int start,
        Vector512<ulong> offered,
        Vector512<ulong> gap,
        Vector512<ulong> goals,
        Vector512<ulong> interests,
        Vector512<ulong> overlap,
        Vector512<ulong> sharedLanguages,
        Vector512<ulong> missingLanguages,
        Vector512<ulong> primaryShared)
    {
        var sharesLanguage = ~VectorBits.Narrow(Vector512.Equals(sharedLanguages, Vector512<ulong>.Zero));
        var requiredMissing = ~VectorBits.Narrow(Vector512.Equals(missingLanguages, Vector512<ulong>.Zero));
        var primaryLanguage = ~VectorBits.Narrow(Vector512.Equals(primaryShared, Vector512<ulong>.Zero));

        var seniority = Avx.ConvertToVector256Single(Load(c.Seniority, start) - v.SeniorityYears);
        var outside = Vector256.Max(Vector256.Max(v.GapMin - seniority, seniority - v.GapMax), Vector256<float>.Zero);
        var seniorityScore = Vector256.Max(Vector256<float>.Zero, Vector256<float>.One - (outside * (1f / ScoringConstants.SeniorityDecayYears)));

        var day = Vector256.Create(1440);
        var distance = Vector256.Abs(Load(c.Offset, start) - v.Offset);
        distance -= Vector256.GreaterThanOrEqual(distance, day) & day;
        distance = Vector256.Min(distance, day - distance);
        // Divisions are slow and sit on every block. (d + 30) / 60 in integers equals floor((d + 30.5) / 60) computed
        // with the reciprocal, because the half minute keeps every quotient more than 1/120 away from an integer.
        var hours = Avx.RoundToNegativeInfinity(Avx.ConvertToVector256Single(distance) * (1f / 60f) + Vector256.Create(30.5f / 60f));
        var timeZoneScore = Vector256<float>.One - (hours * (1f / 12f));
        var maxHours = Avx.ConvertToVector256Single(Vector256.Min(Load(c.MaxTimeZone, start), v.MaxTimeZone));

        var formats = Load(c.Formats, start) & v.Formats;
        var sameLocation = Vector256.Equals(Load(c.Location, start), v.Location) & v.HasLocation;
        var inPerson = ~Vector256.Equals(formats & Vector256.Create((int)(MeetingFormats.InPerson | MeetingFormats.Hybrid)), Vector256<int>.Zero);
        var online = ~Vector256.Equals(formats & Vector256.Create((int)MeetingFormats.Online), Vector256<int>.Zero);
        var formatScore = Vector256.ConditionalSelect(
            Vector256.Equals(formats, Vector256<int>.Zero).AsSingle(),
            Vector256<float>.Zero,
            Vector256.ConditionalSelect(
                (inPerson & sameLocation).AsSingle(),
                Vector256.Create(ScoringConstants.FormatInPersonSameLocation),
                Vector256.ConditionalSelect(online.AsSingle(), Vector256.Create(ScoringConstants.FormatOnline), Vector256.Create(ScoringConstants.FormatInPersonElsewhere))));

        var flags = Load(c.Flags, start);
        var sameOrganisation = Vector256.Equals(Load(c.Organisation, start), v.OrganisationId) & v.HasOrganisation;
        var mentorPrefersOutside = ~Vector256.Equals(flags & Vector256.Create((int)ParticipantFlags.PreferOutsideOrganisation), Vector256<int>.Zero);
        var sideA = Vector256.ConditionalSelect(sameOrganisation.AsSingle(), v.SideSame, v.SideDifferent);
        var sideB = Vector256.ConditionalSelect(
            mentorPrefersOutside.AsSingle(),
            Vector256.ConditionalSelect(sameOrganisation.AsSingle(), Vector256<float>.Zero, Vector256<float>.One),
            Vector256.Create(ScoringConstants.NoPreference));
        var mentorRequiresOutside = ~Vector256.Equals(flags & Vector256.Create((int)ParticipantFlags.RequireOutsideOrganisation), Vector256<int>.Zero);
        var organisationBad = (sameOrganisation & (v.ForbidSame | mentorRequiresOutside)) | Vector256.AndNot(v.RequireSame, sameOrganisation);

        Vector256<float> industryScore;
        if (!v.IndustryMatters)
        {
            industryScore = Vector256.Create(ScoringConstants.NoPreference);
        }
        else
        {
            var industry = Load(c.Industry, start);
            industryScore = Vector256.ConditionalSelect(
                Vector256.Equals(industry, Vector256<int>.Zero).AsSingle(),
                Vector256.Create(ScoringConstants.NoPreference),
                Vector256.ConditionalSelect(Vector256.Equals(industry, v.IndustryId).AsSingle(), Vector256<float>.Zero, Vector256<float>.One));
        }

        var overlapF = ToFloat(overlap);
        var total = (v.Skill * (ToFloat(offered) - (ScoringConstants.SkillLevelGapPenalty * ToFloat(gap))))
            + (v.Goal * ToFloat(goals))
            + (v.Interest * Vector256.Min(ToFloat(interests), Vector256.Create((float)ScoringConstants.InterestSaturation)))
            + (v.Availability * Vector256.Min(overlapF, v.Target))
            + (v.Language * Vector256.ConditionalSelect(primaryLanguage.AsSingle(), Vector256<float>.One, Vector256.Create(ScoringConstants.SecondaryLanguageScore)))
            + (v.Seniority * seniorityScore)
            + (v.TimeZone * timeZoneScore)
            + (v.Format * formatScore)
            + (v.Organisation * (sideA + sideB))
            + (v.Industry * industryScore);

        var feasible = Vector256.AndNot(sharesLanguage, requiredMissing | organisationBad)
            & Vector256.LessThanOrEqual(hours, maxHours).AsInt32()
            & Vector256.GreaterThanOrEqual(overlapF, v.MinimumOverlap).AsInt32();
        return Vector256.ConditionalSelect(feasible.AsSingle(), total, Vector256.Create(RowKernel.Excluded));
    }

    private static Vector512<ulong> Overlap(ReadOnlySpan<ulong> ra, int feature, int count, ref ulong words, int stride, int start)
    {
        var bytes = Vector512<byte>.Zero;
        for (var w = 0; w < count; w++)
        {
            bytes += VectorBits.ByteCounts(Vector512.Create(ra[feature + w]) & MentorColumns.Column(ref words, stride, start, feature + w));
        }

        return VectorBits.Sum(bytes);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Mentee(ref ulong mentee, int feature) => Vector512.Create(Unsafe.Add(ref mentee, feature));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Word(ref ulong block, int feature) => Vector512.LoadUnsafe(ref block, (nuint)(feature * Lanes));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Load(int[] column, int start) => Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(column), (nuint)start);

    /// <summary>Counts are small non-negative integers, so the 64-bit to float conversion is exact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> ToFloat(Vector512<ulong> counts) => Avx512DQ.ConvertToVector256Single(counts.AsInt64());
}
