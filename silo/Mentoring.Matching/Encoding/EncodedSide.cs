using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>
/// One side of a round (mentees or mentors) as struct-of-arrays, ordered by ordinal id.
/// Bitsets live in <see cref="Words"/> with <see cref="FeatureLayout.Stride"/> words per participant; scalars in parallel int arrays.
/// </summary>
public sealed class EncodedSide
{
    private readonly Dictionary<string, int> _indexById;

    internal EncodedSide(Participant[] participants, FeatureLayout layout)
        : this(participants.Length, participants, layout)
    {
    }

    private EncodedSide(int n, Participant[] participants, FeatureLayout layout)
    {
        Count = n;
        Participants = participants;
        Layout = layout;
        Words = new ulong[n * layout.Stride];
        Seniority = new int[n];
        OffsetMinutes = new int[n];
        MaxTimeZoneHours = new int[n];
        Formats = new int[n];
        Location = new int[n];
        Organisation = new int[n];
        Department = new int[n];
        Industry = new int[n];
        Flags = new int[n];
        WantedSkillCount = new int[n];
        GoalCount = new int[n];
        CompetitorClass = new int[n];
        _indexById = new Dictionary<string, int>(participants.Length, StringComparer.Ordinal);
        for (var i = 0; i < participants.Length; i++)
        {
            _indexById[participants[i].Id] = i;
        }
    }

    /// <summary>A worker's slice side: rows only. The scoring kernels never read participants, so it has none.</summary>
    internal static EncodedSide Rows(int count, FeatureLayout layout) => new(count, [], layout);

    /// <summary>The participants of the rows, in row order; empty on a worker's slice (<see cref="Rows"/>).</summary>
    public Participant[] Participants { get; }
    public FeatureLayout Layout { get; }
    public int Count { get; }
    public ulong[] Words { get; }
    public int[] Seniority { get; }
    public int[] OffsetMinutes { get; }

    /// <summary>The stricter of the programme's and the participant's own time-zone limit.</summary>
    public int[] MaxTimeZoneHours { get; }

    public int[] Formats { get; }
    public int[] Location { get; }
    public int[] Organisation { get; }
    public int[] Department { get; }
    public int[] Industry { get; }
    internal int[] Flags { get; }
    public int[] WantedSkillCount { get; }
    public int[] GoalCount { get; }

    /// <summary>Row/column of the competitor matrix for the participant's organisation, -1 when it has no competitor.</summary>
    public int[] CompetitorClass { get; }

    public ReadOnlySpan<ulong> Row(int index) => Words.AsSpan(index * Layout.Stride, Layout.Stride);

    public int IndexOf(string id) => _indexById.TryGetValue(id, out var index) ? index : -1;

    internal bool Has(int index, ParticipantFlags flag) => (Flags[index] & (int)flag) != 0;
}
