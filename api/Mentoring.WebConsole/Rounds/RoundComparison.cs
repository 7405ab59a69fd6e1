namespace Mentoring.WebConsole.Rounds;

/// <summary>
/// Two rounds side by side: their figures and the mentees whose mentor changes, in mentee order, a page at a time.
/// Pure: it compares the (mentee, mentor) pairs it is given and calls nothing.
/// </summary>
public sealed class RoundComparison
{
    private readonly List<MatchChange> _changes;

    public RoundComparison(RoundFigures before, RoundFigures after, IEnumerable<(string Mentee, string Mentor)> matchesBefore, IEnumerable<(string Mentee, string Mentor)> matchesAfter)
    {
        Before = before;
        After = after;
        var was = ByMentee(matchesBefore);
        var now = ByMentee(matchesAfter);
        _changes = [.. was.Keys.Union(now.Keys, StringComparer.Ordinal)
            .Select(mentee => new MatchChange(mentee, was.GetValueOrDefault(mentee), now.GetValueOrDefault(mentee)))
            .Where(c => !string.Equals(c.MentorBefore, c.MentorAfter, StringComparison.Ordinal))
            .OrderBy(c => c.Mentee, StringComparer.Ordinal)];
    }

    public RoundFigures Before { get; }

    public RoundFigures After { get; }

    public double MatchRateDelta => After.MatchRate - Before.MatchRate;

    public double MeanScoreDelta => After.MeanScore - Before.MeanScore;

    public int ChangeCount => _changes.Count;

    public int PageCount(int pageSize) => (_changes.Count + pageSize - 1) / pageSize;

    /// <summary>The changes on page <paramref name="page"/> (from 0); empty past the last.</summary>
    public IReadOnlyList<MatchChange> Page(int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        return _changes.Skip(page * pageSize).Take(pageSize).ToList();
    }

    private static Dictionary<string, string> ByMentee(IEnumerable<(string Mentee, string Mentor)> matches)
    {
        var byMentee = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (mentee, mentor) in matches)
        {
            if (!byMentee.TryAdd(mentee, mentor))
            {
                throw new ArgumentException($"{mentee} is matched twice in one round.", nameof(matches));
            }
        }

        return byMentee;
    }
}
