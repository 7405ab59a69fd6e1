using System.Diagnostics;
using Grpc.Net.Client;
using Mentoring.Contracts.V1;

namespace Mentoring.LoadTests;

/// <summary>Streams N synthetic participants through ImportParticipants and reports participants per second.</summary>
public static class ImportScenario
{
    public static async Task<int> RunAsync(string target, int count, int seed)
    {
        using var channel = GrpcChannel.ForAddress(target, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });
        var programmes = new ProgrammeService.ProgrammeServiceClient(channel);
        var participants = new ParticipantService.ParticipantServiceClient(channel);
        var programmeId = $"load-import-{DateTime.UtcNow:yyyyMMddHHmmss}";
        var programme = await programmes.CreateProgrammeAsync(new CreateProgrammeRequest
        {
            ProgrammeId = programmeId,
            Programme = new Programme { DisplayName = "Import load test", Taxonomy = { SyntheticParticipants.Taxonomy } },
        });

        var generator = new SyntheticParticipants(seed);
        var requests = Enumerable.Range(0, count)
            .Select(i => new ImportParticipantsRequest { Parent = programme.Name, ParticipantId = $"p-{i:D6}", Participant = generator.Next(i) })
            .ToList();

        var clock = Stopwatch.StartNew();
        using var call = participants.ImportParticipants();
        foreach (var request in requests)
        {
            await call.RequestStream.WriteAsync(request);
        }

        await call.RequestStream.CompleteAsync();
        var response = await call;
        clock.Stop();

        var rate = count / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"import: {count} participants, created {response.CreatedCount}, rejected {response.RejectedCount}, " +
                          $"{clock.Elapsed.TotalSeconds:F2} s, {rate:F0} participants/s");
        return response.RejectedCount == 0 ? 0 : 1;
    }
}
