using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;

namespace Mentoring.Api.Security;

/// <summary>A google.rpc.Status as proto JSON, with its details (BadRequest, RetryInfo, ...) resolvable.</summary>
internal static class StatusJson
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithTypeRegistry(TypeRegistry.FromFiles(ErrorDetailsReflection.Descriptor)));

    public static string Format(Google.Rpc.Status status) => Formatter.Format(status);
}
