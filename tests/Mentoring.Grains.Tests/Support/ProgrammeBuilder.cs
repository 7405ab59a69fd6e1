using System.Collections.Immutable;
using Mentoring.Domain;

namespace Mentoring.Grains.Tests.Support;

/// <summary>A valid programme with every field set, so storage round trips exercise all of them.</summary>
public sealed class ProgrammeBuilder
{
    private readonly string _id;
    private string _displayName = "Women in Engineering 2025";
    private string _description = "Cross-company mentoring for early-career engineers.";
    private int _minimumOverlapHours = 1;
    private ImmutableArray<string> _taxonomy = ["csharp", "distributed-systems", "leadership", "public-speaking"];
    private DateTimeOffset? _endTime;

    private ProgrammeBuilder(string id) => _id = id;

    public static ProgrammeBuilder WithId(string id) => new(id);

    public ProgrammeBuilder Named(string displayName)
    {
        _displayName = displayName;
        return this;
    }

    public ProgrammeBuilder Described(string description)
    {
        _description = description;
        return this;
    }

    public ProgrammeBuilder RequiringOverlapHours(int hours)
    {
        _minimumOverlapHours = hours;
        return this;
    }

    public ProgrammeBuilder WithTaxonomy(params string[] terms)
    {
        _taxonomy = [.. terms];
        return this;
    }

    public ProgrammeBuilder EndingAt(DateTimeOffset? endTime)
    {
        _endTime = endTime;
        return this;
    }

    public Programme Build() => new()
    {
        Id = _id,
        DisplayName = _displayName,
        Description = _description,
        Policy = new MatchingPolicy
        {
            Solver = SolverMode.Optimal,
            FairLoad = true,
            MinimumScore = 0.25,
            MinimumOverlapHours = _minimumOverlapHours,
            Weights = new ScoreWeights { Skills = 5, Rank = 2 },
        },

        // Fresh arrays on every build: equal content must not depend on shared references.
        Taxonomy = [.. _taxonomy],
        OrganisationMode = OrganisationMode.Any,
        CompetitorPairs = [new OrganisationPair("Contoso", "Fabrikam")],
        EndTime = _endTime,
    };
}
