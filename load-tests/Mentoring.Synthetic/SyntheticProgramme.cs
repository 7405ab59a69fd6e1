using Mentoring.Domain;

namespace Mentoring.Synthetic;

/// <summary>A generated programme and its participants: mentees (peers among them) first, then mentors.</summary>
public sealed record SyntheticProgramme(Programme Programme, IReadOnlyList<Participant> Participants, int Seed)
{
    public IEnumerable<Participant> Mentees => Participants.Where(p => p.IsMentee);
    public IEnumerable<Participant> Mentors => Participants.Where(p => p.IsMentor);

    /// <summary>The same people in a programme with another id, e.g. the one a load test created on the server.</summary>
    public SyntheticProgramme WithProgrammeId(string programmeId) => this with
    {
        Programme = Programme with { Id = programmeId },
        Participants = [.. Participants.Select(p => p with { ProgrammeId = programmeId })],
    };
}
