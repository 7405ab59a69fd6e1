using Mentoring.Contracts.V1;
using Mentoring.Reports;

namespace Mentoring.Cli.Tests;

/// <summary>The chart series the report and the terminal charts share.</summary>
public sealed class RoundFiguresTests
{
    [Fact]
    public void Scores_fall_into_tenths_and_a_perfect_score_into_the_last_bin()
    {
        var bins = RoundFigures.ScoreHistogram([Match("a", "m", 0.05), Match("b", "m", 0.1), Match("c", "m", 0.99), Match("d", "m", 1.0)]);
        Assert.Equal(10, bins.Count);
        Assert.Equal([1, 1, 0, 0, 0, 0, 0, 0, 0, 2], bins.Select(b => (int)b.Value));
    }

    [Fact]
    public void Component_contribution_is_the_mean_value_times_its_share_of_the_weights()
    {
        var first = Match("a", "m", 0.5, ("skills", 1.0), ("goals", 0.0));
        var second = Match("b", "m", 0.5, ("skills", 0.5), ("goals", 1.0));
        var bars = RoundFigures.ComponentContributions([first, second], new ScoreWeights { Skills = 3, Goals = 1 });
        Assert.Equal(["skills", "goals"], bars.Select(b => b.Label));
        Assert.Equal(0.75 * 3 / 4, bars[0].Value, 9);
        Assert.Equal(0.5 * 1 / 4, bars[1].Value, 9);
    }

    [Fact]
    public void Load_against_capacity_groups_mentors_by_capacity_and_counts_their_matches()
    {
        var capacities = new Dictionary<string, int> { ["m1"] = 2, ["m2"] = 2, ["m3"] = 4 };
        var bars = RoundFigures.MentorLoadAgainstCapacity([Match("a", "m1", 0.5), Match("b", "m1", 0.5), Match("c", "m3", 0.5)], capacities);
        Assert.Equal(["capacity 2 (2 mentors)", "capacity 4 (1 mentor)"], bars.Select(b => b.Label));
        Assert.Equal([0.5, 0.25], bars.Select(b => b.Value));
        Assert.Equal("2 of 4 slots (50%)", bars[0].ValueText.Replace(" %", "%", StringComparison.Ordinal));
    }

    private static RoundMatch Match(string mentee, string mentor, double score, params (string Component, double Value)[] breakdown)
    {
        var match = new RoundMatch { Mentee = mentee, Mentor = mentor, Score = score };
        match.Breakdown.AddRange(breakdown.Select(b => new ScoreComponentValue { Component = b.Component, Value = b.Value }));
        return match;
    }
}
