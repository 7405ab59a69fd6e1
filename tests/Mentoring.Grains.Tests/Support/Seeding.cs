using Mentoring.Abstractions;
using Mentoring.Domain;

namespace Mentoring.Grains.Tests.Support;

/// <summary>Creates a programme and its participants through the grains, as the API would.</summary>
public static class Seeding
{
    private static readonly ParticipantRole[] Roles = [ParticipantRole.Mentor, ParticipantRole.Mentee, ParticipantRole.Peer];

    public static ParticipantRole RoleOf(int index) => Roles[index % Roles.Length];

    public static async Task<ProgrammeSnapshot> CreateProgrammeAsync(this IGrainFactory grains, string programmeId)
    {
        var result = await grains.Programme(programmeId).CreateAsync(ProgrammeBuilder.WithId(programmeId).Build());
        Assert.Equal(WriteStatus.Created, result.Status);
        return result.Snapshot!;
    }

    /// <summary>Writes participants p-0000.. concurrently, roles cycling mentor, mentee, peer.</summary>
    public static Task<ParticipantSnapshot[]> CreateParticipantsAsync(this IGrainFactory grains, string programmeId, int count) =>
        grains.CreateParticipantsAsync(Enumerable.Range(0, count).Select(i =>
            ParticipantBuilder.In(programmeId).WithId(TestIds.Participant(i)).As(RoleOf(i)).Build()));

    public static async Task<ParticipantSnapshot[]> CreateParticipantsAsync(this IGrainFactory grains, IEnumerable<Participant> participants)
    {
        var results = await Task.WhenAll(participants.Select(p =>
            grains.Participant(p.ProgrammeId, p.Id).WriteAsync(p, WriteMode.Create, expectedEtag: null)));
        Assert.All(results, r => Assert.Equal(WriteStatus.Created, r.Status));
        return [.. results.Select(r => r.Snapshot!)];
    }
}
