using Mentoring.Contracts.V1;
using Mentoring.LoadTests.Scenarios;

namespace Mentoring.LoadTests.Tests;

public sealed class PhaseTimelineTests
{
    [Fact]
    public void Each_phase_lasts_until_the_next_one_was_first_seen_and_the_final_state_has_no_duration()
    {
        var described = PhaseTimeline.Describe(
        [
            (RoundState.Snapshot, TimeSpan.FromSeconds(0.2)),
            (RoundState.Scoring, TimeSpan.FromSeconds(1.4)),
            (RoundState.Solving, TimeSpan.FromSeconds(4.0)),
            (RoundState.Done, TimeSpan.FromSeconds(4.5)),
        ]);

        Assert.Equal("snapshot 1.20 s, scoring 2.60 s, solving 0.50 s", described);
    }
}
