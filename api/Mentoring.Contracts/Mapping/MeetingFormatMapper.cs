using Mentoring.Domain;

namespace Mentoring.Contracts.Mapping;

/// <summary>Maps the repeated MeetingFormat list to and from the domain's flags.</summary>
public static class MeetingFormatMapper
{
    private static readonly (V1.MeetingFormat Proto, MeetingFormats Domain)[] Known =
    [
        (V1.MeetingFormat.Online, MeetingFormats.Online),
        (V1.MeetingFormat.InPerson, MeetingFormats.InPerson),
        (V1.MeetingFormat.Hybrid, MeetingFormats.Hybrid),
    ];

    /// <summary>An empty list means the domain default (online); duplicates are harmless.</summary>
    public static MeetingFormats ToDomain(IReadOnlyList<V1.MeetingFormat> formats, string field, List<FieldViolation> violations)
    {
        if (formats.Count == 0)
        {
            return MeetingFormats.Online;
        }

        var result = MeetingFormats.None;
        for (var i = 0; i < formats.Count; i++)
        {
            var match = Array.FindIndex(Known, k => k.Proto == formats[i]);
            if (match < 0)
            {
                violations.Add(new FieldViolation($"{field}[{i}]", "must be ONLINE, IN_PERSON or HYBRID"));
                continue;
            }

            result |= Known[match].Domain;
        }

        return result;
    }

    /// <summary>Known formats in enum order.</summary>
    public static IEnumerable<V1.MeetingFormat> ToProto(MeetingFormats formats) =>
        Known.Where(k => formats.HasFlag(k.Domain)).Select(k => k.Proto);
}
