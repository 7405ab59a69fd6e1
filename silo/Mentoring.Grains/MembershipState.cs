using Mentoring.Domain;

namespace Mentoring.Grains;

/// <summary>What a membership shard stores: the current profile of each participant in the shard.</summary>
[GenerateSerializer]
public sealed class MembershipState
{
    [Id(0)] public Dictionary<string, Participant> Profiles { get; set; } = new(StringComparer.Ordinal);
}
