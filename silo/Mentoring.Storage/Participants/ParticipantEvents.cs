using Mentoring.Storage.Events;

namespace Mentoring.Storage.Participants;

/// <summary>The events of the changes of a batch that were made (a change refused at its version has none).</summary>
internal static class ParticipantEvents
{
    public static List<EventDraft> Of(IReadOnlyList<ParticipantRowChange> changes, bool[] made)
    {
        var events = new List<EventDraft>();
        for (var i = 0; i < changes.Count; i++)
        {
            if (made[i] && changes[i].Event is { } draft)
            {
                events.Add(draft);
            }
        }

        return events;
    }
}
