using Mentoring.Domain;

namespace Mentoring.Matching.Tests.Support;

/// <summary>Shortcuts from built participants to a scorer.</summary>
public static class Rounds
{
    public static PairScorer Scorer(Programme programme, IReadOnlyList<Participant> mentees, IReadOnlyList<Participant> mentors, params PreviousPair[] previous)
    {
        var round = FeatureEncoder.Encode(programme, mentees, mentors);
        var capacities = round.Mentors.Participants.Select(p => p.Capacity).ToArray();
        return new PairScorer(round, previous, capacities);
    }

    public static PairScorer Scorer(Participant mentee, Participant mentor, Programme? programme = null) =>
        Scorer(programme ?? new ProgrammeBuilder().Build(), [mentee], [mentor]);

    public static (ExclusionRule Rule, float Total) Evaluate(Participant mentee, Participant mentor, Programme? programme = null)
    {
        var rule = Scorer(mentee, mentor, programme).Evaluate(0, 0, out var total);
        return (rule, total);
    }
}
