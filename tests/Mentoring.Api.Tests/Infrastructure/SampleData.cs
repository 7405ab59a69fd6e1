using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>Writes a small programme through the API and reads everything back, for restart and cluster tests.</summary>
public static class SampleData
{
    public static async Task<(Programme Programme, List<Participant> Participants)> WriteAsync(Clients clients, string programmeId, int participants)
    {
        var programme = await clients.CreateProgrammeAsync(programmeId);
        var written = new List<Participant>();
        for (var i = 0; i < participants; i++)
        {
            written.Add(await clients.Participants.CreateParticipantAsync(new CreateParticipantRequest
            {
                Parent = programme.Name,
                ParticipantId = $"person-{i:D3}",
                Participant = i % 3 == 0 ? Builders.Mentor($"Mentor {i}") : Builders.Mentee($"Mentee {i}"),
            }));
        }

        return (programme, written);
    }

    public static async Task<(Programme Programme, List<Participant> Participants)> ReadAsync(Clients clients, string programmeId)
    {
        var programme = await clients.Programmes.GetProgrammeAsync(new GetProgrammeRequest { Name = $"programmes/{programmeId}" });
        var participants = await clients.ListAllParticipantsAsync(programme.Name, pageSize: 7);
        return (programme, participants.OrderBy(p => p.Name, StringComparer.Ordinal).ToList());
    }
}
