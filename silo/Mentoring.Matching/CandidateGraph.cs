namespace Mentoring.Matching;

/// <summary>
/// Sparse bipartite graph of feasible (mentee, mentor) pairs, CSR by mentee.
/// Index order == ordinal id order on each side, so "ties broken by id" == "ties broken by index".
/// </summary>
/// <remarks>
/// Optional <see cref="MenteeRanks"/> and <see cref="MentorRanks"/> are aligned with <see cref="Mentors"/> (one entry per edge).
/// MenteeRanks[e] is the position (0 = first choice) of the edge's mentor in the mentee's ranked choices;
/// MentorRanks[e] is the position of the edge's mentee in the mentor's ranked choices; <see cref="int.MaxValue"/> = unranked.
/// They are empty unless the engine was asked for them (stable mode with <c>PreferenceSource.RankedChoices</c>).
/// Stable solvers should order each side by rank first, then by score descending, then by index.
/// </remarks>
public sealed class CandidateGraph
{
    public const int Unranked = int.MaxValue;

    private readonly int[] _capacities;
    private readonly int[] _offsets;
    private readonly int[] _mentors;
    private readonly float[] _scores;
    private readonly int[] _menteeRanks;
    private readonly int[] _mentorRanks;

    public CandidateGraph(int menteeCount, int[] mentorCapacities, int[] offsets, int[] mentors, float[] scores)
        : this(menteeCount, mentorCapacities, offsets, mentors, scores, [], [])
    {
    }

    public CandidateGraph(
        int menteeCount,
        int[] mentorCapacities,
        int[] offsets,
        int[] mentors,
        float[] scores,
        int[] menteeRanks,
        int[] mentorRanks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(menteeCount);
        ArgumentNullException.ThrowIfNull(mentorCapacities);
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(mentors);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(menteeRanks);
        ArgumentNullException.ThrowIfNull(mentorRanks);
        if (offsets.Length != menteeCount + 1 || offsets[0] != 0 || offsets[menteeCount] != mentors.Length)
        {
            throw new ArgumentException("offsets must have menteeCount + 1 entries, start at 0 and end at the edge count.", nameof(offsets));
        }

        if (scores.Length != mentors.Length)
        {
            throw new ArgumentException("scores must have one entry per edge.", nameof(scores));
        }

        if (menteeRanks.Length is not 0 && menteeRanks.Length != mentors.Length)
        {
            throw new ArgumentException("menteeRanks must be empty or have one entry per edge.", nameof(menteeRanks));
        }

        if (mentorRanks.Length is not 0 && mentorRanks.Length != mentors.Length)
        {
            throw new ArgumentException("mentorRanks must be empty or have one entry per edge.", nameof(mentorRanks));
        }

        MenteeCount = menteeCount;
        _capacities = mentorCapacities;
        _offsets = offsets;
        _mentors = mentors;
        _scores = scores;
        _menteeRanks = menteeRanks;
        _mentorRanks = mentorRanks;
    }

    public int MenteeCount { get; }

    public int MentorCount => _capacities.Length;

    /// <summary>Remaining capacity per mentor, at least 0.</summary>
    public ReadOnlySpan<int> Capacities => _capacities;

    public ReadOnlySpan<int> Offsets => _offsets;

    public ReadOnlySpan<int> Mentors => _mentors;

    public ReadOnlySpan<float> Scores => _scores;

    public int EdgeCount => _mentors.Length;

    /// <summary>Per edge: the mentee's rank of the mentor (0 = first), <see cref="Unranked"/> when absent. Empty when not computed.</summary>
    public ReadOnlySpan<int> MenteeRanks => _menteeRanks;

    /// <summary>Per edge: the mentor's rank of the mentee (0 = first), <see cref="Unranked"/> when absent. Empty when not computed.</summary>
    public ReadOnlySpan<int> MentorRanks => _mentorRanks;

    public bool HasRanks => _menteeRanks.Length != 0 || _mentorRanks.Length != 0;

    public ReadOnlySpan<int> MentorsOf(int mentee) => _mentors.AsSpan(_offsets[mentee], _offsets[mentee + 1] - _offsets[mentee]);

    public ReadOnlySpan<float> ScoresOf(int mentee) => _scores.AsSpan(_offsets[mentee], _offsets[mentee + 1] - _offsets[mentee]);
}
