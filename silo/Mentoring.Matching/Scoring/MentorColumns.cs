using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mentoring.Matching;

/// <summary>
/// The mentor side transposed for SIMD, padded to a multiple of <see cref="Lanes"/> so the vector kernel never needs a
/// scalar tail; padding mentors are infeasible (no languages). Feature words are blocked per eight mentors
/// (<c>[block][feature][lane]</c>), so one block's features sit at fixed offsets from a single base address.
/// </summary>
internal sealed class MentorColumns
{
    public const int Lanes = 8;

    public MentorColumns(EncodedSide mentors)
    {
        var stride = mentors.Layout.Stride;
        Stride = stride;
        Padded = (mentors.Count + Lanes - 1) / Lanes * Lanes;
        Words = new ulong[stride * Padded];
        for (var m = 0; m < mentors.Count; m++)
        {
            for (var f = 0; f < stride; f++)
            {
                Words[WordIndex(stride, m - (m % Lanes), f) + (m % Lanes)] = mentors.Words[(m * stride) + f];
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

    public int Stride { get; }

    /// <summary>Feature word f of the block of mentors starting at s, lane l, at [WordIndex(Stride, s, f) + l].</summary>
    public ulong[] Words { get; }

    public int[] Seniority { get; }
    public int[] Offset { get; }
    public int[] MaxTimeZone { get; }
    public int[] Formats { get; }
    public int[] Location { get; }
    public int[] Organisation { get; }
    public int[] Industry { get; }
    public int[] Flags { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WordIndex(int stride, int start, int feature) => (start * stride) + (feature * Lanes);

    /// <summary>Feature word <paramref name="feature"/> of the eight mentors starting at <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> Column(ref ulong words, int stride, int start, int feature) =>
        Vector512.LoadUnsafe(ref words, (nuint)WordIndex(stride, start, feature));

    private int[] Pad(int[] values)
    {
        var padded = new int[Padded];
        values.CopyTo(padded, 0);
        return padded;
    }
}
