using Grpc.Core;
using Grpc.Core.Interceptors;
using Mentoring.Storage.Faults;

namespace Mentoring.Api.Errors;

/// <summary>
/// A storage fault is the service's, not the request's: a transient one answers UNAVAILABLE with the reason, so a client
/// retries, any other INTERNAL with the reason, instead of UNKNOWN ("Exception was thrown by handler").
/// </summary>
public sealed class StorageFaultInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception exception) when (Fault(exception) is { } status)
        {
            throw status;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception exception) when (Fault(exception) is { } status)
        {
            throw status;
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception exception) when (Fault(exception) is { } status)
        {
            throw status;
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception exception) when (Fault(exception) is { } status)
        {
            throw status;
        }
    }

    // Orleans may wrap the fault ("Error from storage provider"), so the chain is searched.
    private static RpcException? Fault(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case StorageUnavailableException or TransientStorageFaultException:
                    return RpcErrors.UnavailableException($"Storage is unavailable; retry later. {current.Message}");
                case StorageFaultException:
                    return RpcErrors.InternalException($"Storage refused the operation. {current.Message}");
            }
        }

        return null;
    }
}
