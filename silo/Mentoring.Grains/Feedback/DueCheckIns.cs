using Mentoring.Abstractions.Feedback;
using Mentoring.Abstractions.Matches;

namespace Mentoring.Grains.Feedback;

/// <summary>
/// Which surveys are due, from stored state alone: for each ACTIVE match (it turned active at its update time, which
/// nothing changes until it ends) and each side, the latest check-in point already reached, unless that side was sent
/// that point or a later one. A tick that was missed finds the same surveys at the next one; a side that missed a
/// point altogether (the cluster was down across two points, or the match turned active before surveys existed) gets
/// only the latest one, never two at once, and the earlier point is passed over for good.
/// </summary>
internal static class DueCheckIns
{
    public static List<DueCheckIn> Find(IEnumerable<MatchSnapshot> matches, IReadOnlyList<TimeSpan> points, IEnumerable<CheckInSent> sent, DateTimeOffset now)
    {
        var latestSent = new Dictionary<(string RoundId, string MenteeId, string ParticipantId), int>();
        foreach (var s in sent)
        {
            var key = (s.RoundId, s.MenteeId, s.ParticipantId);
            latestSent[key] = Math.Max(latestSent.GetValueOrDefault(key), s.Point);
        }

        var due = new List<DueCheckIn>();
        foreach (var match in matches.Where(m => m.State == MatchState.Active))
        {
            var reached = 0;
            while (reached < points.Count && match.UpdateTime + points[reached] <= now)
            {
                reached++;
            }

            if (reached == 0)
            {
                continue;
            }

            foreach (var (participant, other, side) in new[] { (match.MenteeId, match.MentorId, "mentee"), (match.MentorId, match.MenteeId, "mentor") })
            {
                if (latestSent.GetValueOrDefault((match.RoundId, match.MenteeId, participant)) < reached)
                {
                    due.Add(new DueCheckIn(match, participant, other, side, reached));
                }
            }
        }

        return due;
    }
}
