using System.Text.Json.Nodes;
using Grpc.Core;

namespace Mentoring.Cli.Output;

/// <summary>A server error as the tool shows it: the status, its message, and one line per field violation.</summary>
public sealed record RpcErrorDescription(string Code, string Message, IReadOnlyList<(string Field, string Description)> Violations)
{
    /// <summary>The server's status; a call that never reached a server (its status carries the client's own exception) names the address instead.</summary>
    public static RpcErrorDescription From(RpcException exception, string endpoint)
    {
        if (exception.StatusCode == StatusCode.Unavailable && exception.Status.DebugException is { } cause)
        {
            return new RpcErrorDescription(exception.StatusCode.ToString(), $"cannot reach the gateway at {endpoint}: {Innermost(cause).Message}", []);
        }

        var status = exception.GetRpcStatus();
        var violations = status?.GetDetail<Google.Rpc.BadRequest>()?.FieldViolations
            .Select(v => (v.Field, v.Description))
            .ToList() ?? [];
        var message = status?.Message ?? exception.Status.Detail;
        return new RpcErrorDescription(exception.StatusCode.ToString(), message, violations);
    }

    /// <summary>One readable line per violation, or the message when there are none.</summary>
    public IEnumerable<string> Lines() =>
        Violations.Count == 0
            ? [$"{Code}: {Message}"]
            : Violations.Select(v => $"{Code}: {v.Field}: {v.Description}");

    public JsonNode ToJson() => new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["code"] = Code,
            ["message"] = Message,
            ["field_violations"] = new JsonArray(Violations
                .Select(v => (JsonNode?)new JsonObject { ["field"] = v.Field, ["description"] = v.Description })
                .ToArray()),
        },
    };

    private static Exception Innermost(Exception exception) => exception.InnerException is { } inner ? Innermost(inner) : exception;
}
