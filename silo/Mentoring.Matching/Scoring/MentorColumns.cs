namespace Mentoring.Matching;

/// <summary>
/// The mentor side transposed for SIMD: one column per feature word and per scalar, padded to a multiple of
/// <see cref="Lanes"/> so the vector kernel never needs a scalar tail. Padding mentors are infeasible (no languages).
/// </summary>
internal sealed class MentorColumns
{
    public const int Lanes = 8;

    public MentorColumns(EncodedSide mentors)
    {
        var stride = mentors.Layout.Stride;
        Padded = (mentors.Count + Lanes - 1) / Lanes * Lanes;
        Words = new ulong[stride * Padded];
        for (var m = 0; m < mentors.Count; m++)
        {
            for (var f = 0; f < stride; f++)
            {
                Words[(f * Padded) + m] = mentors.Words[(m * stride) + f];
            }
        }

        Seniority = Pad(mentors.Seniority);
        Offset = Pad(mentors.OffsetMinutes);
        MaxTimeZone = Pad(mentors.MaxTimeZoneHours);
        Formats = Pad(mentors.Formats);
        Location = Pad(mentors.Location);
        Organisation = Pad(mentors.Organisation);
        Industry = Pad(mentors.Industry);
        Flags = Pad(mentors.Flags);
    }

    public int Padded { get; }

    /// <summary>Feature word f of mentor m at [f * Padded + m].</summary>
    public ulong[] Words { get; }

    public int[] Seniority { get; }
    public int[] Offset { get; }
    public int[] MaxTimeZone { get; }
    public int[] Formats { get; }
    public int[] Location { get; }
    public int[] Organisation { get; }
    public int[] Industry { get; }
    public int[] Flags { get; }

    private int[] Pad(int[] values)
    {
        var padded = new int[Padded];
        values.CopyTo(padded, 0);
        return padded;
    }
}
