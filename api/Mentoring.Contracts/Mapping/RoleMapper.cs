namespace Mentoring.Contracts.Mapping;

/// <summary>Maps participant roles.</summary>
public static class RoleMapper
{
    /// <summary>
    /// UNSPECIFIED and unknown numbers map to an undefined domain role, which the domain validator
    /// reports as "participant.role", so the mapper adds no violation of its own.
    /// </summary>
    public static Domain.ParticipantRole ToDomain(V1.ParticipantRole role) => role switch
    {
        V1.ParticipantRole.Mentor => Domain.ParticipantRole.Mentor,
        V1.ParticipantRole.Mentee => Domain.ParticipantRole.Mentee,
        V1.ParticipantRole.Peer => Domain.ParticipantRole.Peer,
        _ => 0,
    };

    public static V1.ParticipantRole ToProto(Domain.ParticipantRole role) => role switch
    {
        Domain.ParticipantRole.Mentor => V1.ParticipantRole.Mentor,
        Domain.ParticipantRole.Mentee => V1.ParticipantRole.Mentee,
        Domain.ParticipantRole.Peer => V1.ParticipantRole.Peer,
        _ => V1.ParticipantRole.Unspecified,
    };
}
