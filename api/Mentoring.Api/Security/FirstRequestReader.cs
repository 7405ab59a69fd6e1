using Grpc.Core;

namespace Mentoring.Api.Security;

/// <summary>A client stream that remembers the resource its first message names, for the audit record of a streamed call.</summary>
internal sealed class FirstRequestReader<T>(IAsyncStreamReader<T> inner) : IAsyncStreamReader<T>
{
    public string Resource { get; private set; } = "";

    public T Current => inner.Current;

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        var moved = await inner.MoveNext(cancellationToken);
        if (moved && Resource.Length == 0 && inner.Current is { } first)
        {
            Resource = RequestResource.NameOf(first);
        }

        return moved;
    }
}
