namespace Mentoring.Abstractions.Events;

/// <summary>Grain keys of the event log and what reads it.</summary>
public static class EventKeys
{
    public static string Log(string programmeId) => $"programmes/{programmeId}/events";
}
