using Google.Rpc;
using Grpc.Core;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>Assertions on canonical error statuses and their BadRequest details.</summary>
public static class RpcAssert
{
    public static async Task<RpcException> FailsWithAsync(StatusCode code, Func<Task> call)
    {
        var exception = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(code == exception.StatusCode, $"Expected {code} but got {exception.StatusCode}: {exception.Status.Detail}");
        return exception;
    }

    /// <summary>INVALID_ARGUMENT with a BadRequest field violation naming <paramref name="field"/>.</summary>
    public static async Task<BadRequest> RejectsFieldAsync(string field, Func<Task> call)
    {
        var exception = await FailsWithAsync(StatusCode.InvalidArgument, call);
        var status = exception.GetRpcStatus();
        Assert.NotNull(status);
        var badRequest = status.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        Assert.Contains(badRequest.FieldViolations, v => v.Field == field);
        return badRequest;
    }
}
