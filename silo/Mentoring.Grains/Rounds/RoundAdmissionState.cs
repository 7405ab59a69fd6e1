using System.Collections.Immutable;

namespace Mentoring.Grains.Rounds;

/// <summary>
/// What the cluster's admission grain stores: the rounds holding a slot, so a slot outlives the grain's silo. The queue is
/// not stored: waiting rounds ask again until admitted, and take their place again if the grain moved.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RoundAdmissionState
{
    [Id(0)] public ImmutableSortedSet<string> Running { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
}
