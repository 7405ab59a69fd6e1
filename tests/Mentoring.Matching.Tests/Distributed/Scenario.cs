namespace Mentoring.Matching.Tests.Distributed;

/// <summary>A random round plus how a coordinator might cut it and in which order the blocks come back.</summary>
public sealed record Scenario(MatchingRequest Request, int MenteeBatch, int MentorBatch, int ShuffleSeed)
{
    public override string ToString() =>
        $"{Request.Participants.Count} participants, solver {Request.Solver}, top K {Request.Programme.Policy.TopK}, batches {MenteeBatch}x{MentorBatch}, shuffle {ShuffleSeed}";
}
