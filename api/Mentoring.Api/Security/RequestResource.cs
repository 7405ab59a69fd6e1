using Google.Protobuf;
using Google.Protobuf.Reflection;
using Mentoring.Domain;

namespace Mentoring.Api.Security;

/// <summary>
/// The resource a request names, found by field name alone so that every RPC is covered the same way:
/// "name", "parent" or "mentee", or the "name" of the "programme", "participant" or "webhook_endpoint" it carries.
/// </summary>
public static class RequestResource
{
    private static readonly string[] DirectFields = ["name", "parent", "mentee"];
    private static readonly string[] NestedFields = ["programme", "participant", "webhook_endpoint"];

    /// <summary>The resource name in the request, or "" when it names none.</summary>
    public static string NameOf(object request)
    {
        if (request is not IMessage message)
        {
            return "";
        }

        var fields = message.Descriptor.Fields;
        foreach (var field in DirectFields)
        {
            if (StringField(message, fields.InFieldNumberOrder().FirstOrDefault(f => f.Name == field)) is { Length: > 0 } value)
            {
                return value;
            }
        }

        foreach (var field in NestedFields)
        {
            var descriptor = fields.InFieldNumberOrder().FirstOrDefault(f => f.Name == field && f.FieldType == FieldType.Message);
            if (descriptor?.Accessor.GetValue(message) is IMessage nested
                && StringField(nested, nested.Descriptor.Fields.InFieldNumberOrder().FirstOrDefault(f => f.Name == "name")) is { Length: > 0 } value)
            {
                return value;
            }
        }

        return "";
    }

    /// <summary>The programme id of a name under "programmes/{programme}", when that segment is a valid id.</summary>
    public static string? ProgrammeOf(string resource)
    {
        var segments = resource.Split('/', 3);
        return segments.Length >= 2 && segments[0] == "programmes" && ResourceIds.IsValid(segments[1]) ? segments[1] : null;
    }

    private static string? StringField(IMessage message, FieldDescriptor? field) =>
        field is { FieldType: FieldType.String, IsRepeated: false } ? field.Accessor.GetValue(message) as string : null;
}
