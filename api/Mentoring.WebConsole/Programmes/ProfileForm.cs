using Google.Protobuf.WellKnownTypes;
using Mentoring.Contracts.V1;

namespace Mentoring.WebConsole.Programmes;

/// <summary>The fields of a profile the console edits, and the update (with its field mask and etag) they make.</summary>
public sealed class ProfileForm
{
    private static readonly string[] Mask = ["display_name", "organisation", "time_zone", "languages", "capacity"];

    public string DisplayName { get; set; } = "";

    public string Organisation { get; set; } = "";

    public string TimeZone { get; set; } = "";

    public string Languages { get; set; } = "";

    public int Capacity { get; set; }

    public static ProfileForm From(Participant participant) => new()
    {
        DisplayName = participant.DisplayName,
        Organisation = participant.Organisation,
        TimeZone = participant.TimeZone,
        Languages = string.Join(", ", participant.Languages),
        Capacity = participant.Capacity,
    };

    public UpdateParticipantRequest ToUpdate(Participant current)
    {
        var changed = new Participant
        {
            Name = current.Name,
            Etag = current.Etag,
            DisplayName = DisplayName.Trim(),
            Organisation = Organisation.Trim(),
            TimeZone = TimeZone.Trim(),
            Capacity = Capacity,
        };
        changed.Languages.AddRange(Languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var request = new UpdateParticipantRequest { Participant = changed, UpdateMask = new FieldMask() };
        request.UpdateMask.Paths.AddRange(Mask);
        return request;
    }
}
