using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>
/// Imports a programme where every mentor can take every mentee (shared language, overlapping Monday
/// hours, offered skills the mentees want), so a round has feasible pairs and leaves only surplus mentees unmatched.
/// </summary>
public static class RoundPopulation
{
    public static string MentorId(int i) => $"mentor-{i:D4}";

    public static string MenteeId(int i) => $"mentee-{i:D4}";

    public static async Task ImportAsync(Clients clients, string parent, int mentors, int mentees, int capacity)
    {
        using var call = clients.Participants.ImportParticipants();
        for (var i = 0; i < mentors; i++)
        {
            var mentor = Builders.Mentor($"Mentor {i}");
            mentor.Capacity = capacity;
            mentor.SeniorityYears = 8 + i % 20;
            await call.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = parent, ParticipantId = MentorId(i), Participant = mentor });
        }

        for (var i = 0; i < mentees; i++)
        {
            var mentee = Builders.Mentee($"Mentee {i}");
            mentee.SeniorityYears = i % 6;
            await call.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = parent, ParticipantId = MenteeId(i), Participant = mentee });
        }

        await call.RequestStream.CompleteAsync();
        var response = await call;
        Assert.True(response.RejectedCount == 0, string.Join("; ", response.Results.Where(r => r.Outcome == ImportOutcome.Rejected).Select(r => $"{r.ParticipantId}: {r.Message}")));
    }
}
