using System.Diagnostics.CodeAnalysis;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Mentoring.Domain;

namespace Mentoring.Api.Errors;

/// <summary>Throw helpers for canonical error statuses carried as google.rpc.Status with details.</summary>
internal static class RpcErrors
{
    [DoesNotReturn]
    public static void InvalidArgument(IReadOnlyList<FieldViolation> violations) =>
        throw InvalidArgumentException(violations);

    public static RpcException InvalidArgumentException(IReadOnlyList<FieldViolation> violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(ToProto));
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = violations.Count == 1
                ? $"{violations[0].Field}: {violations[0].Description}"
                : $"{violations.Count} fields are invalid; see the BadRequest details.",
            Details = { Any.Pack(badRequest) },
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

    [DoesNotReturn]
    public static void FailedPrecondition(string description) =>
        throw Plain(Code.FailedPrecondition, description);

    public static BadRequest.Types.FieldViolation ToProto(FieldViolation violation) =>
        new() { Field = violation.Field, Description = violation.Description };

    private static RpcException Plain(Code code, string message) =>
        new Google.Rpc.Status { Code = (int)code, Message = message }.ToRpcException();
}
