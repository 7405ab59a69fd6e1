using System.Collections.Immutable;

namespace Mentoring.Matching;

/// <summary>
/// The sparse pair-level facts of a round (blocks, earlier matches, reporting lines, ranks, engagements), CSR by mentee and
/// sorted by mentor, so a row scan can merge them in order and a single pair can binary-search them without allocating.
/// </summary>
internal sealed class PairExceptions
{
    private readonly int[] _offsets;
    private readonly PairException[] _entries;

    private PairExceptions(int[] offsets, PairException[] entries)
    {
        _offsets = offsets;
        _entries = entries;
    }

    /// <summary>Rows already built elsewhere (a distributed slice); entries sorted by mentor within each mentee.</summary>
    public static PairExceptions FromRows(int[] offsets, PairException[] entries) => new(offsets, entries);

    public ReadOnlySpan<PairException> Of(int mentee) => _entries.AsSpan(_offsets[mentee], _offsets[mentee + 1] - _offsets[mentee]);

    public bool TryFind(int mentee, int mentor, out PairException entry)
    {
        var row = Of(mentee);
        int lo = 0, hi = row.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = row[mid].Mentor;
            if (m == mentor)
            {
                entry = row[mid];
                return true;
            }

            if (m < mentor)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        entry = default;
        return false;
    }

    /// <summary>
    /// The facts of every pair. <paramref name="namingMentors"/>, when given, are the only mentors (ascending) whose own
    /// lists can name one of these mentees, so the others' lists are not searched: a one-mentee recommendation passes the
    /// mentors its pool indexed as naming that mentee.
    /// </summary>
    public static PairExceptions Build(EncodedRound round, IEnumerable<PreviousPair> previousPairs, IEnumerable<int>? namingMentors = null)
    {
        var mentees = round.Mentees;
        var mentors = round.Mentors;
        var rows = new Dictionary<int, PairException>?[mentees.Count];

        ref PairException At(int mentee, int mentor)
        {
            var row = rows[mentee] ??= [];
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(row, mentor, out var exists);
            if (!exists)
            {
                slot = PairException.For(mentor);
            }

            return ref slot;
        }

        void ForMentors(int mentee, ImmutableArray<string> ids, Action<int, int> apply)
        {
            for (var i = 0; i < ids.Length; i++)
            {
                var mentor = mentors.IndexOf(ids[i]);
                if (mentor >= 0)
                {
                    apply(mentor, i);
                }
            }
        }

        void ForMentees(int mentor, ImmutableArray<string> ids, Action<int, int> apply)
        {
            for (var i = 0; i < ids.Length; i++)
            {
                var mentee = mentees.IndexOf(ids[i]);
                if (mentee >= 0)
                {
                    apply(mentee, i);
                }
            }
        }

        for (var a = 0; a < mentees.Count; a++)
        {
            var p = mentees.Participants[a];
            var mentee = a;
            var self = mentors.IndexOf(p.Id);
            if (self >= 0)
            {
                At(mentee, self).Exclude(ExclusionRule.SamePerson);
            }

            ForMentors(mentee, p.Blocked, (b, _) => At(mentee, b).Exclude(ExclusionRule.Blocked));
            ForMentors(mentee, p.ReportingLine, (b, _) => At(mentee, b).Exclude(ExclusionRule.ReportingLine));
            ForMentors(mentee, p.RankedChoices, (b, rank) => At(mentee, b).MenteeRank = rank);
            ForMentors(mentee, p.PriorEngagements, (b, _) => At(mentee, b).Engagement = 1f);
        }

        foreach (var b in namingMentors ?? Enumerable.Range(0, mentors.Count))
        {
            var p = mentors.Participants[b];
            var mentor = b;
            ForMentees(mentor, p.Blocked, (a, _) => At(a, mentor).Exclude(ExclusionRule.Blocked));
            ForMentees(mentor, p.ReportingLine, (a, _) => At(a, mentor).Exclude(ExclusionRule.ReportingLine));
            ForMentees(mentor, p.RankedChoices, (a, rank) => At(a, mentor).MentorRank = rank);
            ForMentees(mentor, p.PriorEngagements, (a, _) =>
            {
                ref var e = ref At(a, mentor);
                e.Engagement = Math.Max(e.Engagement, ScoringConstants.MentorOnlyEngagement);
            });
        }

        foreach (var pair in previousPairs)
        {
            MarkPrevious(mentees.IndexOf(pair.MenteeId), mentors.IndexOf(pair.MentorId));
            if (round.SameSides)
            {
                MarkPrevious(mentees.IndexOf(pair.MentorId), mentors.IndexOf(pair.MenteeId));
            }
        }

        void MarkPrevious(int a, int b)
        {
            if (a >= 0 && b >= 0)
            {
                At(a, b).Exclude(ExclusionRule.PreviousMatch);
            }
        }

        var offsets = new int[mentees.Count + 1];
        for (var a = 0; a < mentees.Count; a++)
        {
            offsets[a + 1] = offsets[a] + (rows[a]?.Count ?? 0);
        }

        var entries = new PairException[offsets[mentees.Count]];
        for (var a = 0; a < mentees.Count; a++)
        {
            if (rows[a] is { } row)
            {
                row.Values.CopyTo(entries, offsets[a]);
                Array.Sort(entries, offsets[a], row.Count, MentorOrder.Instance);
            }
        }

        return new PairExceptions(offsets, entries);
    }

    private sealed class MentorOrder : IComparer<PairException>
    {
        public static readonly MentorOrder Instance = new();

        public int Compare(PairException x, PairException y) => x.Mentor.CompareTo(y.Mentor);
    }
}
