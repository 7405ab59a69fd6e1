namespace Mentoring.Matching.Solvers;

/// <summary>Orders edges as one participant prefers them: explicit rank, then score descending, then the other side's index.</summary>
internal readonly struct PreferenceComparer(int[] ranks, float[] scores, int[] otherSide) : IComparer<int>
{
    public int Compare(int x, int y)
    {
        if (ranks.Length != 0)
        {
            var byRank = ranks[x].CompareTo(ranks[y]);
            if (byRank != 0)
            {
                return byRank;
            }
        }

        var byScore = scores[y].CompareTo(scores[x]);
        return byScore != 0 ? byScore : otherSide[x].CompareTo(otherSide[y]);
    }
}
