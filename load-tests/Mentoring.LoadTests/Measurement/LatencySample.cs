namespace Mentoring.LoadTests.Measurement;

/// <summary>One call: when it was due (from the start of its run), how long it took, and its gRPC status code when it failed.</summary>
public sealed record LatencySample(TimeSpan Due, long Microseconds, string? FailedWith);
