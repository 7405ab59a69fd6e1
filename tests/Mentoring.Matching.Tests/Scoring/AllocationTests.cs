using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Scoring;

public sealed class AllocationTests
{
    [Fact]
    public void Scoring_a_pair_allocates_nothing()
    {
        var mentee = ParticipantBuilder.Mentee("e").Wants(("Kotlin", 3), ("Sql", 2)).Goals("Career").Interests("Chess").Ranks("r").Build();
        var mentor = ParticipantBuilder.Mentor("r").Offers(("Kotlin", 4)).Goals("Career").Interests("Chess").EngagedWith("e").Build();
        var scorer = Rounds.Scorer(mentee, mentor);
        var raw = default(ComponentScores);
        scorer.Evaluate(0, 0, out _);
        scorer.Evaluate(0, 0, ref raw, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0f;
        for (var i = 0; i < 1000; i++)
        {
            scorer.Evaluate(0, 0, out var total);
            scorer.Evaluate(0, 0, ref raw, out var again);
            sum += total + again;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(sum > 0);
    }

    [Fact]
    public void Scoring_a_row_allocates_nothing()
    {
        var mentees = Enumerable.Range(0, 3).Select(i => ParticipantBuilder.Mentee($"e{i}").Wants(("Kotlin", 3)).Build()).ToArray();
        var mentors = Enumerable.Range(0, 40).Select(i => ParticipantBuilder.Mentor($"r{i:D2}").Offers(("Kotlin", 1 + (i % 5))).Build()).ToArray();
        var scorer = Rounds.Scorer(new ProgrammeBuilder().Build(), mentees, mentors);
        var row = new float[mentors.Length];
        RowKernel.ScoreRow(scorer, 0, row);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            RowKernel.ScoreRow(scorer, i % 3, row);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
