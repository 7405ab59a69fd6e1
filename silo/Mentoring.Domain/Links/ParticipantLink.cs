namespace Mentoring.Domain.Links;

/// <summary>
/// What a personal link grants: <see cref="ParticipantId"/> may take <see cref="Action"/> on the match of
/// <see cref="MenteeId"/> in round <see cref="RoundId"/>, until <see cref="ExpiresAt"/>. <see cref="LinkId"/> names the link
/// so its uses can be recorded (each action once).
/// </summary>
public sealed record ParticipantLink(
    string LinkId,
    string ProgrammeId,
    string RoundId,
    string MenteeId,
    string ParticipantId,
    string Action,
    DateTimeOffset ExpiresAt);
