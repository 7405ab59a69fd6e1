using System.Collections.Immutable;
using Mentoring.Domain;

namespace Mentoring.Matching.Tests.Support;

/// <summary>Builds participants that are feasible with each other by default: English, UTC, Monday 09-17, online.</summary>
public sealed class ParticipantBuilder
{
    private Participant _participant;

    private ParticipantBuilder(string id, ParticipantRole role)
    {
        _participant = new Participant
        {
            ProgrammeId = "prog",
            Id = id,
            Role = role,
            Languages = ["en"],
            TimeZone = "Etc/UTC",
            Availability = [new AvailabilityWindow(DayOfWeek.Monday, 9 * 60, 17 * 60)],
            Formats = MeetingFormats.Online,
            Capacity = role == ParticipantRole.Mentee ? 0 : 1,
            SeniorityYears = role == ParticipantRole.Mentor ? 10 : 2,
        };
    }

    public static ParticipantBuilder Mentee(string id) => new(id, ParticipantRole.Mentee);

    public static ParticipantBuilder Mentor(string id) => new(id, ParticipantRole.Mentor);

    public static ParticipantBuilder Peer(string id) => new(id, ParticipantRole.Peer);

    public ParticipantBuilder With(Func<Participant, Participant> change)
    {
        _participant = change(_participant);
        return this;
    }

    public ParticipantBuilder Wants(params (string Term, int Level)[] skills) =>
        With(p => p with { SkillsWanted = [.. skills.Select(s => new SkillLevel(s.Term, s.Level))] });

    public ParticipantBuilder Offers(params (string Term, int Level)[] skills) =>
        With(p => p with { SkillsOffered = [.. skills.Select(s => new SkillLevel(s.Term, s.Level))] });

    public ParticipantBuilder Goals(params string[] goals) => With(p => p with { Goals = [.. goals] });

    public ParticipantBuilder Interests(params string[] interests) => With(p => p with { Interests = [.. interests] });

    public ParticipantBuilder Languages(params string[] languages) => With(p => p with { Languages = [.. languages] });

    public ParticipantBuilder TimeZone(string zone) => With(p => p with { TimeZone = zone });

    public ParticipantBuilder Organisation(string organisation) => With(p => p with { Organisation = organisation });

    public ParticipantBuilder Industry(string industry) => With(p => p with { Industry = industry });

    public ParticipantBuilder Capacity(int capacity) => With(p => p with { Capacity = capacity });

    public ParticipantBuilder Seniority(int years) => With(p => p with { SeniorityYears = years });

    public ParticipantBuilder Blocks(params string[] ids) => With(p => p with { Blocked = [.. ids] });

    public ParticipantBuilder Ranks(params string[] ids) => With(p => p with { RankedChoices = [.. ids] });

    public ParticipantBuilder ReportsTo(params string[] ids) => With(p => p with { ReportingLine = [.. ids] });

    public ParticipantBuilder EngagedWith(params string[] ids) => With(p => p with { PriorEngagements = [.. ids] });

    public ParticipantBuilder Preferences(Func<MatchingPreferences, MatchingPreferences> change) =>
        With(p => p with { Preferences = change(p.Preferences) });

    /// <summary>Available every day from <paramref name="startHour"/> for <paramref name="hoursPerDay"/> hours, local time.</summary>
    public ParticipantBuilder Available(int hoursPerDay, int startHour = 9, params DayOfWeek[] days) =>
        With(p => p with
        {
            Availability = [.. (days.Length == 0 ? [DayOfWeek.Monday] : days)
                .Select(d => new AvailabilityWindow(d, startHour * 60, (startHour + hoursPerDay) * 60))],
        });

    public ParticipantBuilder NotAvailable() => With(p => p with { Availability = ImmutableArray<AvailabilityWindow>.Empty });

    public Participant Build() => _participant;
}
