using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Mentoring.Matching;

/// <summary>
/// Bit counting on eight 64-bit lanes. .NET exposes no 64-bit vector popcount on x86, so bits are counted per byte
/// with a nibble lookup (<c>vpshufb</c>) and summed per lane with SAD. Callers check <see cref="VectorRowKernel.IsSupported"/>.
/// </summary>
internal static class VectorBits
{
    /// <summary>Bits set in each byte (0..8), so up to 31 byte counts can be added before a byte overflows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> ByteCounts(Vector512<ulong> value)
    {
        var lookup = Vector512.Create((byte)0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);
        var nibble = Vector512.Create((byte)0x0F);
        var low = value.AsByte() & nibble;
        var high = Avx512BW.ShiftRightLogical(value.AsUInt16(), 4).AsByte() & nibble;
        return Avx512BW.Shuffle(lookup, low) + Avx512BW.Shuffle(lookup, high);
    }

    /// <summary>Sums the byte counts of each 64-bit lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> Sum(Vector512<byte> bytes) => Avx512BW.SumAbsoluteDifferences(bytes, Vector512<byte>.Zero).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> Count(Vector512<ulong> value) => Sum(ByteCounts(value));

    /// <summary>Each 64-bit lane to 32 bits; lanes hold counts or all-bits masks, both of which survive truncation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> Narrow(Vector512<ulong> value) => Avx512F.ConvertToVector256Int32(value.AsInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> ToFloat(Vector512<ulong> counts) => Avx.ConvertToVector256Single(Narrow(counts));
}
