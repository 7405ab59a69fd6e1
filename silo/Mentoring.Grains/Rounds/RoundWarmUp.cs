using System.Diagnostics;
using Mentoring.Abstractions.Rounds;
using Mentoring.Grains.Lanes;
using Mentoring.Matching;
using Mentoring.Matching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Mentoring.Grains.Rounds;

/// <summary>
/// Before the silo becomes active, runs <see cref="WarmUpRound"/> on the background lane, carrying each slice and block
/// through the Orleans message encoding a round uses between silos. The first real round after a start then finds the
/// engine and its codecs compiled. Nothing is stored; the outcome is kept for tests and logged.
/// </summary>
public sealed class RoundWarmUp(
    IOptions<WarmUpOptions> options, IOptions<RoundOptions> rounds, BackgroundLane lane, Serializer serializer,
    ILogger<RoundWarmUp> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The last warm-up run's outcome; null until one has finished (or when warm-up is off).</summary>
    public WarmUpOutcome? Outcome { get; private set; }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(RoundWarmUp), ServiceLifecycleStage.ApplicationServices, WarmUpAsync);

    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var request = WarmUpRound.Request(settings.Mentees, settings.Mentors);
        var batches = rounds.Value;
        for (var i = 0; i < settings.Iterations; i++)
        {
            Outcome = await lane.RunAsync(
                token => WarmUpRound.Run(request, Math.Min(batches.MenteeBatch, 512), Math.Min(batches.MentorBatch, 128), ScoreAcrossTheWire, token),
                cancellationToken);
        }

        logger.LogInformation(
            "Warmed up the matching engine in {Elapsed} ms: {Iterations} runs of a {Mentees} x {Mentors} round ({Matched} matches, {Recommended} recommendations per run).",
            clock.ElapsedMilliseconds, settings.Iterations, settings.Mentees, settings.Mentors, Outcome?.Matched, Outcome?.Recommended);
    }

    private CandidateBlock ScoreAcrossTheWire(ScoringSlice slice, CancellationToken cancellationToken)
    {
        var received = Carry(slice.ToMessage()).ToSlice();
        var block = SliceScorer.Score(received, cancellationToken);
        return Carry(block.ToMessage("warm-up")).ToBlock();
    }

    private T Carry<T>(T message) where T : class
    {
        return serializer.Deserialize<T>(serializer.SerializeToArray(message))
            ?? throw new InvalidOperationException($"A {typeof(T).Name} did not survive its own encoding.");
    }
}
