using Mentoring.Contracts.V1;
using Mentoring.LoadTests.Measurement;
using Mentoring.LoadTests.Scenarios;

namespace Mentoring.LoadTests.Tests;

public sealed class PhaseTrafficTests
{
    [Fact]
    public void Calls_are_counted_in_the_phase_of_the_round_they_were_due_in()
    {
        var calls = new LatencyRecorder("RecommendMentors", keepSamples: true);
        calls.RecordSuccess(1_000, TimeSpan.FromSeconds(0.5));    // before the round
        calls.RecordSuccess(2_000, TimeSpan.FromSeconds(1.1));    // snapshot (the round started at 1 s, first seen at 1.2 s)
        calls.RecordSuccess(90_000, TimeSpan.FromSeconds(2.0));   // scoring
        calls.RecordError("Unavailable", TimeSpan.FromSeconds(2.5)); // scoring
        calls.RecordSuccess(3_000, TimeSpan.FromSeconds(4.0));    // after the round
        var updates = new LatencyRecorder("UpdateParticipant", keepSamples: true);
        updates.RecordSuccess(5_000, TimeSpan.FromSeconds(1.9));  // scoring

        var windows = PhaseTraffic.Cut(
            [calls, updates],
            TimeSpan.FromSeconds(1),
            [(RoundState.Snapshot, TimeSpan.FromSeconds(0.2)), (RoundState.Scoring, TimeSpan.FromSeconds(0.8)), (RoundState.Done, TimeSpan.FromSeconds(2.0))],
            TimeSpan.FromSeconds(5));

        Assert.Equal(
            [
                "0 0-1 RecommendMentors during before the round 1/1",
                "1 1-1.8 RecommendMentors during snapshot 1/1",
                "2 1.8-3 RecommendMentors during scoring 2/1",
                "2 1.8-3 UpdateParticipant during scoring 1/1",
                "3 3-5 RecommendMentors during after the round (done) 1/1",
            ],
            windows.SelectMany(w => w.Operations.Select(o => $"{w.Index} {w.FromSecond:0.#}-{w.ToSecond:0.#} {o.Name} {o.Requests}/{o.Succeeded}")));
        Assert.Equal(90.0, windows[2].Operations[0].Latency!.MaxMs, 1);
    }

    [Fact]
    public void A_recorder_keeps_no_samples_unless_asked()
    {
        var calls = new LatencyRecorder("RecommendMentors");
        calls.RecordSuccess(1_000, TimeSpan.FromSeconds(0.5));

        Assert.Empty(calls.Samples);
    }
}
