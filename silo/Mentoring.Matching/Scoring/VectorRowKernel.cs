using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>
/// AVX-512 variant of <see cref="RowKernel.ScoreIntrinsic"/>: eight mentors per step over <see cref="MentorColumns"/>.
/// x86 has no 64-bit vector popcount in .NET, so bits are counted per byte with a nibble lookup and summed with SAD.
/// </summary>
internal static class VectorRowKernel
{
    private const int Lanes = MentorColumns.Lanes;

    public static bool IsSupported => Avx512BW.IsSupported && Avx512F.IsSupported && Avx2.IsSupported;

    public static void ScoreIntrinsic(PairScorer scorer, int mentee, Span<float> row)
    {
        if (!IsSupported)
        {
            RowKernel.ScoreIntrinsic(scorer, mentee, row);
            return;
        }

        var columns = scorer.Columns;
        var layout = scorer.Round.Layout;
        var k = new RowConstants(scorer, mentee);
        var ra = scorer.Mentees.Row(mentee);
        Span<float> tail = stackalloc float[Lanes];
        for (var start = 0; start < row.Length; start += Lanes)
        {
            var block = Block(columns, layout, in k, ra, start);
            if (start + Lanes <= row.Length)
            {
                block.StoreUnsafe(ref MemoryMarshal.GetReference(row), (nuint)start);
            }
            else
            {
                block.StoreUnsafe(ref MemoryMarshal.GetReference(tail));
                tail[..(row.Length - start)].CopyTo(row[start..]);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Block(MentorColumns c, FeatureLayout layout, in RowConstants k, ReadOnlySpan<ulong> ra, int start)
    {
        ref var words = ref MemoryMarshal.GetArrayDataReference(c.Words);
        var padded = c.Padded;

        var offered = Vector512<ulong>.Zero;
        var gap = Vector512<ulong>.Zero;
        for (var w = 0; w < layout.SkillWords; w++)
        {
            offered += Count(Vector512.Create(ra[layout.WantedAny + w]) & Column(ref words, padded, start, layout.OfferedAny + w));
            gap += Sum(ByteCounts(Vector512.Create(ra[layout.WantedAtLeast(2) + w]) & Column(ref words, padded, start, layout.OfferedBelow(2) + w))
                + ByteCounts(Vector512.Create(ra[layout.WantedAtLeast(3) + w]) & Column(ref words, padded, start, layout.OfferedBelow(3) + w))
                + ByteCounts(Vector512.Create(ra[layout.WantedAtLeast(4) + w]) & Column(ref words, padded, start, layout.OfferedBelow(4) + w))
                + ByteCounts(Vector512.Create(ra[layout.WantedAtLeast(5) + w]) & Column(ref words, padded, start, layout.OfferedBelow(5) + w)));
        }

        var goals = Overlap(ra, layout.Goals, layout.GoalWords, ref words, padded, start);
        var interests = Overlap(ra, layout.Interests, layout.InterestWords, ref words, padded, start);
        var overlap = Overlap(ra, layout.Availability, FeatureLayout.AvailabilityWords, ref words, padded, start);

        var shared = Vector512<ulong>.Zero;
        var missing = Vector512<ulong>.Zero;
        var primary = Vector512<ulong>.Zero;
        for (var w = 0; w < layout.LanguageWords; w++)
        {
            var la = Vector512.Create(ra[layout.Languages + w]);
            var lb = Column(ref words, padded, start, layout.Languages + w);
            shared |= la & lb;
            missing |= Vector512.AndNot(Vector512.Create(ra[layout.RequiredLanguages + w]), lb) | Vector512.AndNot(Column(ref words, padded, start, layout.RequiredLanguages + w), la);
            primary |= Vector512.Create(ra[layout.PrimaryLanguage + w]) & lb;
        }

        var sharesLanguage = ~Narrow(Vector512.Equals(shared, Vector512<ulong>.Zero));
        var requiredMissing = ~Narrow(Vector512.Equals(missing, Vector512<ulong>.Zero));
        var primaryShared = ~Narrow(Vector512.Equals(primary, Vector512<ulong>.Zero));

        var seniority = Avx.ConvertToVector256Single(Load(c.Seniority, start) - Vector256.Create(k.SeniorityYears));
        var outside = Vector256.Max(Vector256.Max(Vector256.Create((float)k.GapMin) - seniority, seniority - Vector256.Create((float)k.GapMax)), Vector256<float>.Zero);
        var seniorityScore = Vector256.Max(Vector256<float>.Zero, Vector256<float>.One - (outside / ScoringConstants.SeniorityDecayYears));

        var distance = Vector256.Abs(Load(c.Offset, start) - Vector256.Create(k.Offset));
        distance -= Vector256.GreaterThanOrEqual(distance, Vector256.Create(1440)) & Vector256.Create(1440);
        distance = Vector256.Min(distance, Vector256.Create(1440) - distance);
        var hours = Avx.RoundToNegativeInfinity(Avx.ConvertToVector256Single(distance + Vector256.Create(30)) / 60f);
        var timeZoneScore = Vector256<float>.One - (hours / 12f);
        var maxHours = Avx.ConvertToVector256Single(Vector256.Min(Load(c.MaxTimeZone, start), Vector256.Create(k.MaxTimeZone)));

        var formats = Load(c.Formats, start) & Vector256.Create(k.Formats);
        var sameLocation = k.Location == 0 ? Vector256<int>.Zero : Vector256.Equals(Load(c.Location, start), Vector256.Create(k.Location));
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
        var sameOrganisation = k.OrganisationId == 0 ? Vector256<int>.Zero : Vector256.Equals(Load(c.Organisation, start), Vector256.Create(k.OrganisationId));
        var mentorPrefersOutside = ~Vector256.Equals(flags & Vector256.Create((int)ParticipantFlags.PreferOutsideOrganisation), Vector256<int>.Zero);
        var sideA = Vector256.ConditionalSelect(sameOrganisation.AsSingle(), Vector256.Create(ComponentMath.OrganisationSide(k.PrefersOutside, true)), Vector256.Create(ComponentMath.OrganisationSide(k.PrefersOutside, false)));
        var sideB = Vector256.ConditionalSelect(
            mentorPrefersOutside.AsSingle(),
            Vector256.ConditionalSelect(sameOrganisation.AsSingle(), Vector256<float>.Zero, Vector256<float>.One),
            Vector256.Create(ScoringConstants.NoPreference));
        var organisationScore = (sideA + sideB) * 0.5f;
        var mentorRequiresOutside = ~Vector256.Equals(flags & Vector256.Create((int)ParticipantFlags.RequireOutsideOrganisation), Vector256<int>.Zero);
        var forbidSame = k.Mode == OrganisationMode.DifferentRequired || k.RequiresOutside ? Vector256<int>.AllBitsSet : mentorRequiresOutside;
        var organisationBad = (sameOrganisation & forbidSame) | (k.Mode == OrganisationMode.SameRequired ? ~sameOrganisation : Vector256<int>.Zero);

        Vector256<float> industryScore;
        if (!k.PrefersOtherIndustry || k.IndustryId == 0)
        {
            industryScore = Vector256.Create(ScoringConstants.NoPreference);
        }
        else
        {
            var industry = Load(c.Industry, start);
            industryScore = Vector256.ConditionalSelect(
                Vector256.Equals(industry, Vector256<int>.Zero).AsSingle(),
                Vector256.Create(ScoringConstants.NoPreference),
                Vector256.ConditionalSelect(Vector256.Equals(industry, Vector256.Create(k.IndustryId)).AsSingle(), Vector256<float>.Zero, Vector256<float>.One));
        }

        var overlapF = ToFloat(overlap);
        var total = (Vector256.Create(k.Skill) * (ToFloat(offered) - (ScoringConstants.SkillLevelGapPenalty * ToFloat(gap))))
            + (Vector256.Create(k.Goal) * ToFloat(goals))
            + (Vector256.Create(k.Interest) * Vector256.Min(ToFloat(interests), Vector256.Create((float)ScoringConstants.InterestSaturation)))
            + (Vector256.Create(k.Availability) * Vector256.Min(overlapF, Vector256.Create((float)k.Target)))
            + (Vector256.Create(k.Language) * Vector256.ConditionalSelect(primaryShared.AsSingle(), Vector256<float>.One, Vector256.Create(ScoringConstants.SecondaryLanguageScore)))
            + (Vector256.Create(k.Seniority) * seniorityScore)
            + (Vector256.Create(k.TimeZone) * timeZoneScore)
            + (Vector256.Create(k.Format) * formatScore)
            + (Vector256.Create(k.Organisation) * organisationScore)
            + (Vector256.Create(k.Industry) * industryScore);

        var feasible = sharesLanguage & ~requiredMissing & ~organisationBad
            & Vector256.LessThanOrEqual(hours, maxHours).AsInt32()
            & Vector256.GreaterThanOrEqual(overlapF, Vector256.Create((float)k.MinimumOverlap)).AsInt32();
        return Vector256.ConditionalSelect(feasible.AsSingle(), total, Vector256.Create(RowKernel.Excluded));
    }

    private static Vector512<ulong> Overlap(ReadOnlySpan<ulong> ra, int feature, int count, ref ulong words, int padded, int start)
    {
        var bytes = Vector512<byte>.Zero;
        for (var w = 0; w < count; w++)
        {
            bytes += ByteCounts(Vector512.Create(ra[feature + w]) & Vector512.LoadUnsafe(ref words, (nuint)(((feature + w) * padded) + start)));
        }

        return Sum(bytes);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Column(ref ulong words, int padded, int start, int feature) =>
        Vector512.LoadUnsafe(ref words, (nuint)((feature * padded) + start));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Load(int[] column, int start) => Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(column), (nuint)start);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Count(Vector512<ulong> value) => Sum(ByteCounts(value));

    /// <summary>Bits set in each byte (0..8), so up to 31 words can be added before a byte overflows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<byte> ByteCounts(Vector512<ulong> value)
    {
        var lookup = Vector512.Create((byte)0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);
        var nibble = Vector512.Create((byte)0x0F);
        var low = value.AsByte() & nibble;
        var high = Avx512BW.ShiftRightLogical(value.AsUInt16(), 4).AsByte() & nibble;
        return Avx512BW.Shuffle(lookup, low) + Avx512BW.Shuffle(lookup, high);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Sum(Vector512<byte> bytes) => Avx512BW.SumAbsoluteDifferences(bytes, Vector512<byte>.Zero).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Narrow(Vector512<ulong> value) => Avx512F.ConvertToVector256Int32(value.AsInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> ToFloat(Vector512<ulong> counts) => Avx.ConvertToVector256Single(Narrow(counts));
}
