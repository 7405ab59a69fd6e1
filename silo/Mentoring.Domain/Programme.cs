using System.Collections.Immutable;

namespace Mentoring.Domain;

/// <summary>One employer's programme, a cross-company programme, or a partner platform's pool.</summary>
public sealed record Programme
{
    public required string Id { get; init; }
    public string DisplayName { get; init; } = "";
    public string Description { get; init; } = "";
    public MatchingPolicy Policy { get; init; } = MatchingPolicy.Default;

    /// <summary>Allowed skill, goal and interest terms; profiles reference these, never free text.</summary>
    public ImmutableArray<string> Taxonomy { get; init; } = [];

    public OrganisationMode OrganisationMode { get; init; } = OrganisationMode.Any;

    public ImmutableArray<OrganisationPair> CompetitorPairs { get; init; } = [];

    /// <summary>When the programme ends; retention purges it a configured period later. Null: it never ends.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>The language of participants' messages, one of <see cref="MessageLanguages.All"/>.</summary>
    public string Language { get; init; } = MessageLanguages.English;
}
