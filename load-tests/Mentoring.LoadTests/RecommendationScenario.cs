using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using HdrHistogram;
using Mentoring.Contracts.V1;

namespace Mentoring.LoadTests;

/// <summary>
/// Recommendations at a fixed request rate for a bounded time, with profile updates running at the same time;
/// latencies as HdrHistogram percentiles, errors by status code.
/// </summary>
public static class RecommendationScenario
{
    public static async Task<int> RunAsync(string target, int mentors, int mentees, int rate, int seconds, int seed)
    {
        using var channel = GrpcChannel.ForAddress(target, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });
        var programmes = new ProgrammeService.ProgrammeServiceClient(channel);
        var participants = new ParticipantService.ParticipantServiceClient(channel);
        var recommendations = new RecommendationService.RecommendationServiceClient(channel);
        var programme = await programmes.CreateProgrammeAsync(new CreateProgrammeRequest
        {
            ProgrammeId = $"load-recommend-{DateTime.UtcNow:yyyyMMddHHmmss}",
            Programme = new Programme { DisplayName = "Recommendation load test", Taxonomy = { SyntheticParticipants.Taxonomy } },
        });

        var generator = new SyntheticParticipants(seed);
        using (var call = participants.ImportParticipants())
        {
            for (var i = 0; i < mentors + mentees; i++)
            {
                await call.RequestStream.WriteAsync(new ImportParticipantsRequest
                {
                    Parent = programme.Name, ParticipantId = $"p-{i:D6}", Participant = generator.Next(i, mentor: i < mentors),
                });
            }

            await call.RequestStream.CompleteAsync();
            await call;
        }

        var menteeNames = Enumerable.Range(mentors, mentees).Select(i => $"{programme.Name}/participants/p-{i:D6}").ToArray();
        await recommendations.RecommendMentorsAsync(new RecommendMentorsRequest { Mentee = menteeNames[0] });

        var histogram = new LongConcurrentHistogram(1, TimeStamp.Minutes(1), 3);
        var errors = new ConcurrentDictionary<StatusCode, int>();
        var random = new Random(seed);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var updates = UpdateProfilesAsync(participants, programme.Name, mentors, stop.Token);

        var clock = Stopwatch.StartNew();
        var sent = 0;
        var inFlight = new List<Task>();
        while (!stop.IsCancellationRequested)
        {
            // Open loop: requests leave on schedule whatever the latency, so queueing shows in the percentiles.
            var due = TimeSpan.FromSeconds((double)sent / rate);
            if (clock.Elapsed < due)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var mentee = menteeNames[random.Next(menteeNames.Length)];
            inFlight.Add(TimeOneAsync(recommendations, mentee, histogram, errors));
            sent++;
        }

        await Task.WhenAll(inFlight);
        var updated = await updates;
        var elapsed = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"recommendations: {sent} requests in {elapsed:F1} s ({sent / elapsed:F0}/s), {updated} profile updates alongside, " +
                          $"errors: {(errors.IsEmpty ? "none" : string.Join(", ", errors.Select(e => $"{e.Key}={e.Value}")))}");
        Console.WriteLine($"latency ms: p50 {Ms(histogram, 50)}, p90 {Ms(histogram, 90)}, p99 {Ms(histogram, 99)}, p99.9 {Ms(histogram, 99.9)}, " +
                          $"max {histogram.GetMaxValue() / (double)Stopwatch.Frequency * 1000:F1}");
        return errors.IsEmpty ? 0 : 1;
    }

    private static async Task TimeOneAsync(
        RecommendationService.RecommendationServiceClient client, string mentee, LongConcurrentHistogram histogram, ConcurrentDictionary<StatusCode, int> errors)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await client.RecommendMentorsAsync(new RecommendMentorsRequest { Mentee = mentee, MaxResults = 10 });
            histogram.RecordValue(Stopwatch.GetTimestamp() - start);
        }
        catch (RpcException exception)
        {
            errors.AddOrUpdate(exception.StatusCode, 1, (_, count) => count + 1);
        }
    }

    private static async Task<int> UpdateProfilesAsync(ParticipantService.ParticipantServiceClient participants, string parent, int mentors, CancellationToken stop)
    {
        var random = new Random(7);
        var count = 0;
        while (!stop.IsCancellationRequested)
        {
            var name = $"{parent}/participants/p-{random.Next(mentors):D6}";
            await participants.UpdateParticipantAsync(new UpdateParticipantRequest
            {
                Participant = new Participant { Name = name, DisplayName = $"Updated {count}" },
                UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "display_name" } },
            });
            count++;
            await Task.Delay(50, CancellationToken.None);
        }

        return count;
    }

    private static string Ms(LongConcurrentHistogram histogram, double percentile) =>
        (histogram.GetValueAtPercentile(percentile) / (double)Stopwatch.Frequency * 1000).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
}
