namespace Mentoring.Grains.Rounds;

/// <summary>What a programme's round registry stores.</summary>
[GenerateSerializer]
public sealed class ProgrammeRoundsState
{
    /// <summary>Round ids, oldest first.</summary>
    [Id(0)] public List<string> RoundIds { get; set; } = [];

    /// <summary>Client request id → the round it started.</summary>
    [Id(1)] public Dictionary<string, string> RoundByRequest { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The round still running, if any.</summary>
    [Id(2)] public string? ActiveRoundId { get; set; }

    /// <summary>Rounds that finished Done and were not dry runs, oldest first: their matches are published.</summary>
    [Id(3)] public List<string> PublishedRoundIds { get; set; } = [];
}
