using Google.Protobuf;
using Grpc.Core;

namespace Mentoring.LoadTests.Echo;

/// <summary>Answers without doing any work beyond (de)serialisation, so its latency is the transport's.</summary>
public sealed class EchoService : Echo.EchoBase
{
    public override Task<EchoReply> Echo(EchoRequest request, ServerCallContext context) =>
        Task.FromResult(new EchoReply { Payload = Filler(request.ReplyBytes), ReceivedCount = 1 });

    public override async Task<EchoReply> Collect(IAsyncStreamReader<EchoRequest> requestStream, ServerCallContext context)
    {
        var count = 0;
        var replyBytes = 0;
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            count++;
            replyBytes = request.ReplyBytes;
        }

        return new EchoReply { Payload = Filler(replyBytes), ReceivedCount = count };
    }

    private static ByteString Filler(int bytes) => bytes <= 0 ? ByteString.Empty : ByteString.CopyFrom(new byte[bytes]);
}
