namespace Mentoring.Matching.Solvers;

/// <summary>
/// One max-heap per mentor over the preference positions of the mentees it currently holds, all in one flat
/// array (mentor j owns slots [start_j, start_j + capacity_j)), so the worst held mentee is found in O(1).
/// </summary>
internal sealed class HeldMenteeHeaps
{
    private readonly int[] _start;
    private readonly int[] _count;
    private readonly int[] _capacity;
    private readonly int[] _slots;

    public HeldMenteeHeaps(int[] capacities)
    {
        _capacity = capacities;
        _start = new int[capacities.Length];
        _count = new int[capacities.Length];
        var total = 0;
        for (var mentor = 0; mentor < capacities.Length; mentor++)
        {
            _start[mentor] = total;
            total += capacities[mentor];
        }

        _slots = new int[total];
    }

    public int Count(int mentor) => _count[mentor];

    public bool IsFull(int mentor) => _count[mentor] == _capacity[mentor];

    public int Worst(int mentor) => _slots[_start[mentor]];

    public ReadOnlySpan<int> Held(int mentor) => _slots.AsSpan(_start[mentor], _count[mentor]);

    public void Add(int mentor, int position)
    {
        var heap = _slots.AsSpan(_start[mentor], _capacity[mentor]);
        var child = _count[mentor]++;
        while (child > 0)
        {
            var parent = (child - 1) / 2;
            if (heap[parent] >= position)
            {
                break;
            }

            heap[child] = heap[parent];
            child = parent;
        }

        heap[child] = position;
    }

    /// <summary>Drops the worst held position and inserts <paramref name="position"/>; returns the dropped one.</summary>
    public int ReplaceWorst(int mentor, int position)
    {
        var heap = _slots.AsSpan(_start[mentor], _count[mentor]);
        var dropped = heap[0];
        var parent = 0;
        while (true)
        {
            var child = (2 * parent) + 1;
            if (child >= heap.Length)
            {
                break;
            }

            if (child + 1 < heap.Length && heap[child + 1] > heap[child])
            {
                child++;
            }

            if (heap[child] <= position)
            {
                break;
            }

            heap[parent] = heap[child];
            parent = child;
        }

        heap[parent] = position;
        return dropped;
    }
}
