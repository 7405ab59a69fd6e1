namespace Mentoring.Domain;

/// <summary>What a participant is in a programme. A peer is mentor and mentee at once.</summary>
public enum ParticipantRole
{
    Mentor = 1,
    Mentee = 2,
    Peer = 3,
}
