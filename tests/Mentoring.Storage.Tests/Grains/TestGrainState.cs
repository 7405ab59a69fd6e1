namespace Mentoring.Storage.Tests.Grains;

[GenerateSerializer]
public sealed record TestGrainState
{
    [Id(0)]
    public string? Value { get; init; }
}
