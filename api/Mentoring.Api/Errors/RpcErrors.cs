using System.Diagnostics.CodeAnalysis;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Mentoring.Domain;

namespace Mentoring.Api.Errors;

/// <summary>Throw helpers for canonical error statuses carried as google.rpc.Status with details.</summary>
/// <remarks>
/// The status travels in trailers, and common clients refuse metadata over 8 KiB (RESOURCE_EXHAUSTED), which would
/// hide the error. So a BadRequest lists at most <see cref="MaxListedViolations"/> violations in at most
/// <see cref="MaxListedBytes"/> (base64 adds a third), each text cut at <see cref="MaxTextLength"/> characters, and
/// one more violation that says how many are not listed.
/// </remarks>
internal static class RpcErrors
{
    internal const int MaxListedViolations = 100;
    internal const int MaxListedBytes = 4096;
    internal const int MaxTextLength = 200;

    // The "not listed" violation: a cut field (up to 3 bytes a character), its description and framing.
    private const int NotListedReserve = (3 * MaxTextLength) + 100;

    [DoesNotReturn]
    public static void InvalidArgument(IReadOnlyList<FieldViolation> violations) =>
        throw InvalidArgumentException(violations);

    public static RpcException InvalidArgumentException(IReadOnlyList<FieldViolation> violations)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = violations.Count == 1
                ? $"{Cut(violations[0].Field)}: {Cut(violations[0].Description)}"
                : $"{violations.Count} fields are invalid; see the BadRequest details.",
            Details = { Any.Pack(Listed(violations)) },
        };
        return status.ToRpcException();
    }

    [DoesNotReturn]
    public static void InvalidArgument(string field, string description) =>
        InvalidArgument([new FieldViolation(field, description)]);

    [DoesNotReturn]
    public static void NotFound(string resourceName) =>
        throw Plain(Code.NotFound, $"{resourceName} does not exist.");

    [DoesNotReturn]
    public static void AlreadyExists(string resourceName) =>
        throw Plain(Code.AlreadyExists, $"{resourceName} already exists with different content.");

    [DoesNotReturn]
    public static void Aborted(string resourceName) =>
        throw Plain(Code.Aborted, $"The etag of {resourceName} is stale; read it again and retry.");

    public static RpcException UnavailableException(string description) => Plain(Code.Unavailable, description);

    public static RpcException InternalException(string description) => Plain(Code.Internal, description);

    [DoesNotReturn]
    public static void PermissionDenied(string description) =>
        throw Plain(Code.PermissionDenied, description);

    [DoesNotReturn]
    public static void FailedPrecondition(string description) =>
        throw Plain(Code.FailedPrecondition, description);

    /// <summary>FAILED_PRECONDITION with a PreconditionFailure naming the rule (<paramref name="type"/>) and what it concerns.</summary>
    [DoesNotReturn]
    public static void FailedPrecondition(string type, string subject, string description)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.FailedPrecondition,
            Message = $"{Cut(subject)}: {Cut(description)}",
            Details =
            {
                Any.Pack(new PreconditionFailure
                {
                    Violations = { new PreconditionFailure.Types.Violation { Type = type, Subject = Cut(subject), Description = Cut(description) } },
                }),
            },
        };
        throw status.ToRpcException();
    }

    public static BadRequest.Types.FieldViolation ToProto(FieldViolation violation) =>
        new() { Field = violation.Field, Description = violation.Description };

    private static BadRequest Listed(IReadOnlyList<FieldViolation> violations)
    {
        var badRequest = new BadRequest();
        var bytes = 0;
        for (var i = 0; i < violations.Count; i++)
        {
            var next = new BadRequest.Types.FieldViolation { Field = Cut(violations[i].Field), Description = Cut(violations[i].Description) };
            bytes += CodedOutputStream.ComputeMessageSize(next) + 1;
            var remaining = violations.Count - i;
            if (remaining == 1 ? bytes > MaxListedBytes : i == MaxListedViolations || bytes > MaxListedBytes - NotListedReserve)
            {
                next.Description = remaining == 1
                    ? $"the last of {violations.Count} violations; its description is not listed"
                    : $"{remaining} violations from here on are not listed ({violations.Count} in all)";
                badRequest.FieldViolations.Add(next);
                break;
            }

            badRequest.FieldViolations.Add(next);
        }

        return badRequest;
    }

    private static string Cut(string text) => text.Length <= MaxTextLength ? text : string.Concat(text.AsSpan(0, MaxTextLength - 1), "…");

    private static RpcException Plain(Code code, string message) =>
        new Google.Rpc.Status { Code = (int)code, Message = message }.ToRpcException();
}
