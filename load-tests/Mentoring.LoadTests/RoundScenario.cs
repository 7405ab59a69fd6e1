using System.Diagnostics;
using Grpc.Net.Client;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;
using Mentoring.Matching;

namespace Mentoring.LoadTests;

/// <summary>
/// Imports a synthetic programme, runs one round through the gRPC API (start → watch until done) and, in the same run,
/// the in-process engine on the same data as the baseline; prints both and their ratio.
/// </summary>
public static class RoundScenario
{
    public static async Task<int> RunAsync(string target, int mentees, int mentors, int seed)
    {
        using var channel = GrpcChannel.ForAddress(target, new GrpcChannelOptions { MaxReceiveMessageSize = 256 * 1024 * 1024 });
        var programmes = new ProgrammeService.ProgrammeServiceClient(channel);
        var participants = new ParticipantService.ParticipantServiceClient(channel);
        var rounds = new RoundService.RoundServiceClient(channel);

        var programmeId = $"load-round-{DateTime.UtcNow:yyyyMMddHHmmss}";
        var programme = await programmes.CreateProgrammeAsync(new CreateProgrammeRequest
        {
            ProgrammeId = programmeId,
            Programme = new Programme { DisplayName = "Round load test", Taxonomy = { SyntheticParticipants.Taxonomy } },
        });

        var generator = new SyntheticParticipants(seed);
        var people = Enumerable.Range(0, mentees + mentors)
            .Select(i => (Id: $"p-{i:D6}", Participant: generator.Next(i, mentor: i < mentors)))
            .ToList();

        var import = Stopwatch.StartNew();
        using (var call = participants.ImportParticipants())
        {
            foreach (var (id, participant) in people)
            {
                await call.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = programme.Name, ParticipantId = id, Participant = participant });
            }

            await call.RequestStream.CompleteAsync();
            var imported = await call;
            Console.WriteLine($"import: {imported.CreatedCount} created, {imported.RejectedCount} rejected in {import.Elapsed.TotalSeconds:F1} s");
        }

        var clock = Stopwatch.StartNew();
        var round = await rounds.StartRoundAsync(new StartRoundRequest { Parent = programme.Name, RequestId = "load" });
        using (var watch = rounds.WatchRound(new WatchRoundRequest { Name = round.Name }))
        {
            while (await watch.ResponseStream.MoveNext(CancellationToken.None))
            {
                round = watch.ResponseStream.Current;
            }
        }

        var viaApi = clock.Elapsed;
        Console.WriteLine($"round via gRPC: {round.State} in {viaApi.TotalSeconds:F2} s, matched {round.Report?.MatchedCount} of {round.Report?.MenteeCount}");

        var domainProgramme = ProgrammeMapper.ToDomain(programme).Value;
        var domainPeople = people.Select(p => ParticipantMapper.ToDomain(p.Participant, programmeId, p.Id).Value).ToList();
        clock.Restart();
        var inProcess = new MatchingEngine().Run(new MatchingRequest(domainProgramme, domainPeople));
        var baseline = clock.Elapsed;
        Console.WriteLine($"in-process engine (baseline, same run): matched {inProcess.Summary.MatchedCount} in {baseline.TotalSeconds:F2} s");
        Console.WriteLine($"ratio gRPC round / in-process: {viaApi.TotalSeconds / baseline.TotalSeconds:F2}x");
        return round.State == RoundState.Done && round.Report?.MatchedCount == inProcess.Summary.MatchedCount ? 0 : 1;
    }
}
