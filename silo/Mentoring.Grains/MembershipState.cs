using Mentoring.Abstractions;
using Mentoring.Domain;

namespace Mentoring.Grains;

/// <summary>What a membership shard stores: the current profile of each participant in the shard, and the match load of those that hold active matches.</summary>
[GenerateSerializer]
public sealed class MembershipState
{
    [Id(0)] public Dictionary<string, Participant> Profiles { get; set; } = new(StringComparer.Ordinal);

    [Id(1)] public Dictionary<string, MatchLoad> Loads { get; set; } = new(StringComparer.Ordinal);
}
