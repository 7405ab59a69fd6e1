using Mentoring.Abstractions;
using Mentoring.Domain;

namespace Mentoring.Grains;

/// <summary>What a programme grain stores.</summary>
[GenerateSerializer, Immutable]
public sealed record ProgrammeState
{
    [Id(0)] public Programme? Programme { get; init; }
    [Id(1)] public long Version { get; init; }
    [Id(2)] public DateTimeOffset CreateTime { get; init; }
    [Id(3)] public DateTimeOffset UpdateTime { get; init; }

    /// <summary>The owner; programmes stored before tenants existed belong to the default tenant.</summary>
    [Id(4)] public string Tenant { get; init; } = GrainKeys.DefaultTenant;

    /// <summary>Set once a delete is accepted: the programme reads as absent while its data is purged, and a repeated delete resumes.</summary>
    [Id(5)] public bool Deleting { get; init; }
}
