namespace Mentoring.Domain;

/// <summary>How a participant is willing to meet.</summary>
[Flags]
public enum MeetingFormats
{
    None = 0,
    Online = 1,
    InPerson = 2,
    Hybrid = 4,
}
