namespace Mentoring.Matching;

/// <summary>SIMD variant of <see cref="RowKernel.ScoreIntrinsic"/>; filled in once the scalar path is proven.</summary>
internal static class VectorRowKernel
{
    public static bool IsSupported => false;

    public static void ScoreIntrinsic(PairScorer scorer, int mentee, Span<float> row) =>
        RowKernel.ScoreIntrinsic(scorer, mentee, row);
}
