using Grpc.Net.Client;
using Mentoring.Contracts.V1;

namespace Mentoring.Operations.Tests.Infrastructure;

/// <summary>Creates a programme and bulk-imports mentors and mentees who can all be paired, so that a round has work everywhere.</summary>
public static class Population
{
    public static string MenteeName(string programme, int i) => $"{programme}/participants/mentee-{i:D4}";

    public static async Task<string> CreateAsync(GrpcChannel channel, string programmeId, int mentors, int mentees)
    {
        var programme = await new ProgrammeService.ProgrammeServiceClient(channel).CreateProgrammeAsync(new CreateProgrammeRequest
        {
            ProgrammeId = programmeId,
            Programme = new Programme { DisplayName = "Operations", Taxonomy = { "kotlin", "leadership" }, OrganisationMode = OrganisationMode.Any },
        });

        using var import = new ParticipantService.ParticipantServiceClient(channel).ImportParticipants();
        for (var i = 0; i < mentors; i++)
        {
            await import.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = programme.Name, ParticipantId = $"mentor-{i:D4}", Participant = Mentor(i) });
        }

        for (var i = 0; i < mentees; i++)
        {
            await import.RequestStream.WriteAsync(new ImportParticipantsRequest { Parent = programme.Name, ParticipantId = $"mentee-{i:D4}", Participant = Mentee(i) });
        }

        await import.RequestStream.CompleteAsync();
        var response = await import;
        Assert.Equal(mentors + mentees, response.CreatedCount);
        return programme.Name;
    }

    private static Participant Mentor(int i) => new()
    {
        Role = ParticipantRole.Mentor,
        DisplayName = $"Mentor {i}",
        Organisation = "globex",
        SeniorityYears = 8 + i % 10,
        Languages = { "en" },
        TimeZone = "Europe/London",
        Availability = { new AvailabilityWindow { Day = Google.Type.DayOfWeek.Monday, StartTime = "08:00", EndTime = "12:00" } },
        Formats = { MeetingFormat.Online },
        SkillsOffered = { new Skill { Term = "kotlin", Level = 5 }, new Skill { Term = "leadership", Level = 3 + i % 3 } },
        Capacity = 2,
    };

    private static Participant Mentee(int i) => new()
    {
        Role = ParticipantRole.Mentee,
        DisplayName = $"Mentee {i}",
        Organisation = "acme",
        SeniorityYears = i % 5,
        Languages = { "en" },
        TimeZone = "Europe/Berlin",
        Availability = { new AvailabilityWindow { Day = Google.Type.DayOfWeek.Monday, StartTime = "09:00", EndTime = "11:00" } },
        Formats = { MeetingFormat.Online },
        SkillsWanted = { new Skill { Term = "kotlin", Level = 3 }, new Skill { Term = "leadership", Level = 2 } },
    };
}
