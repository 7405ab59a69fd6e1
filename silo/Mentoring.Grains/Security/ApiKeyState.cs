using Mentoring.Abstractions.Security;

namespace Mentoring.Grains.Security;

/// <summary>What an API key grain stores: the key as shown, and only a salted hash of its secret.</summary>
[GenerateSerializer, Immutable]
public sealed record ApiKeyState
{
    [Id(0)] public ApiKeyInfo? Key { get; init; }
    [Id(1)] public byte[] Salt { get; init; } = [];
    [Id(2)] public byte[] SecretHash { get; init; } = [];
}
