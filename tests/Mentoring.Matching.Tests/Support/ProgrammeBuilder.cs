using Mentoring.Domain;

namespace Mentoring.Matching.Tests.Support;

/// <summary>Builds a programme whose taxonomy holds every term the tests use.</summary>
public sealed class ProgrammeBuilder
{
    private Programme _programme = new()
    {
        Id = "prog",
        Taxonomy = ["Kotlin", "Leadership", "Negotiation", "Sql", "Design", "Career", "Promotion", "Chess", "Hiking", "Music"],
    };

    public ProgrammeBuilder Policy(Func<MatchingPolicy, MatchingPolicy> change)
    {
        _programme = _programme with { Policy = change(_programme.Policy) };
        return this;
    }

    public ProgrammeBuilder With(Func<Programme, Programme> change)
    {
        _programme = change(_programme);
        return this;
    }

    public Programme Build() => _programme;
}
