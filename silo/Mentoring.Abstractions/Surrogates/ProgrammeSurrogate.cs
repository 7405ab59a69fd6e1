using System.Collections.Immutable;
using Mentoring.Domain;

namespace Mentoring.Abstractions.Surrogates;

/// <summary>Orleans wire and storage form of <see cref="Programme"/>.</summary>
[GenerateSerializer, Immutable]
public readonly record struct ProgrammeSurrogate
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public string DisplayName { get; init; }
    [Id(2)] public string Description { get; init; }
    [Id(3)] public required MatchingPolicy Policy { get; init; }
    [Id(4)] public ImmutableArray<string> Taxonomy { get; init; }
    [Id(5)] public int OrganisationMode { get; init; }
    [Id(6)] public ImmutableArray<OrganisationPair> CompetitorPairs { get; init; }
    [Id(7)] public DateTimeOffset? EndTime { get; init; }
    [Id(8)] public string? Language { get; init; }
}

[RegisterConverter]
public sealed class ProgrammeConverter : IConverter<Programme, ProgrammeSurrogate>
{
    public Programme ConvertFromSurrogate(in ProgrammeSurrogate s) => new()
    {
        Id = s.Id,
        DisplayName = s.DisplayName,
        Description = s.Description,
        Policy = s.Policy,
        Taxonomy = s.Taxonomy.IsDefault ? [] : s.Taxonomy,
        OrganisationMode = (OrganisationMode)s.OrganisationMode,
        CompetitorPairs = s.CompetitorPairs.IsDefault ? [] : s.CompetitorPairs,
        EndTime = s.EndTime,
        Language = s.Language ?? MessageLanguages.English,
    };

    public ProgrammeSurrogate ConvertToSurrogate(in Programme p) => new()
    {
        Id = p.Id,
        DisplayName = p.DisplayName,
        Description = p.Description,
        Policy = p.Policy,
        Taxonomy = p.Taxonomy,
        OrganisationMode = (int)p.OrganisationMode,
        CompetitorPairs = p.CompetitorPairs,
        EndTime = p.EndTime,
        Language = p.Language,
    };
}
