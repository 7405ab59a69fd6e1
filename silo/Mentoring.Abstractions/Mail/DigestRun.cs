namespace Mentoring.Abstractions.Mail;

/// <summary>What one digest pass did: whether a digest was due, digests handed over, and mentors due one but without an address.</summary>
[GenerateSerializer, Immutable]
public sealed record DigestRun(
    [property: Id(0)] bool Due,
    [property: Id(1)] int Sent,
    [property: Id(2)] int WithoutAddress);
