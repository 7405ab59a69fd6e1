using Mentoring.Abstractions.Feedback;
using Mentoring.Abstractions.Matches;

namespace Mentoring.Grains.Feedback;

/// <summary>
/// Which surveys are due, from stored state alone: for each ACTIVE match (it turned active at its update time, which
/// nothing changes until it ends) and each check-in point already reached, each side not yet recorded as sent. A tick
/// that was missed finds the same surveys at the next one.
/// </summary>
internal static class DueCheckIns
{
    public static List<DueCheckIn> Find(IEnumerable<MatchSnapshot> matches, IReadOnlyList<TimeSpan> points, IEnumerable<CheckInSent> sent, DateTimeOffset now)
    {
        var done = sent.Select(s => (s.RoundId, s.MenteeId, s.ParticipantId, s.Point)).ToHashSet();
        var due = new List<DueCheckIn>();
        foreach (var match in matches.Where(m => m.State == MatchState.Active))
        {
            for (var point = 1; point <= points.Count; point++)
            {
                if (match.UpdateTime + points[point - 1] > now)
                {
                    break;
                }

                foreach (var (participant, other, side) in new[] { (match.MenteeId, match.MentorId, "mentee"), (match.MentorId, match.MenteeId, "mentor") })
                {
                    if (!done.Contains((match.RoundId, match.MenteeId, participant, point)))
                    {
                        due.Add(new DueCheckIn(match, participant, other, side, point));
                    }
                }
            }
        }

        return due;
    }
}
