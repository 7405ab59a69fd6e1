using Grpc.Net.Client;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>The API's clients over one channel.</summary>
public sealed class Clients(GrpcChannel channel) : IDisposable
{
    public ProgrammeService.ProgrammeServiceClient Programmes { get; } = new(channel);

    public ParticipantService.ParticipantServiceClient Participants { get; } = new(channel);

    public static Clients For(ServiceProcess gateway) => new(gateway.CreateChannel());

    public async Task<Programme> CreateProgrammeAsync(string programmeId, Programme? programme = null) =>
        await Programmes.CreateProgrammeAsync(new CreateProgrammeRequest { ProgrammeId = programmeId, Programme = programme ?? Builders.Programme() });

    public async Task<List<Participant>> ListAllParticipantsAsync(string parent, int pageSize = 1000, ParticipantRole role = ParticipantRole.Unspecified)
    {
        var all = new List<Participant>();
        var token = "";
        do
        {
            var page = await Participants.ListParticipantsAsync(new ListParticipantsRequest
            {
                Parent = parent, PageSize = pageSize, PageToken = token, Role = role,
            });
            all.AddRange(page.Participants);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return all;
    }

    public void Dispose() => channel.Dispose();
}
