namespace Mentoring.Grains;

/// <summary>
/// A set of ids with an integer tag each (a role, or unused), as a shard or directory stores it.
/// Mutable on purpose: shards hold thousands of entries and copying them on every change would dominate.
/// </summary>
[GenerateSerializer]
public sealed class SortedIdSetState
{
    [Id(0)] public Dictionary<string, int> Entries { get; set; } = new(StringComparer.Ordinal);
}
