using Google.Protobuf;
using Grpc.Core;

namespace Mentoring.Api.Errors;

/// <summary>
/// Wraps a request marshaller so that bytes that are not a valid message (invalid UTF-8 in a string, a truncated
/// field) fail with INVALID_ARGUMENT; grpc-dotnet would report the parser's exception as UNKNOWN, a server fault.
/// </summary>
internal static class MalformedRequestMarshaller
{
    public static Marshaller<T> Wrap<T>(Marshaller<T> inner) => new(
        inner.ContextualSerializer,
        context =>
        {
            try
            {
                return inner.ContextualDeserializer(context);
            }
            catch (InvalidProtocolBufferException e)
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, $"The request is not a valid message: {e.Message}"));
            }
        });
}
