namespace Mentoring.Grains.Mail;

/// <summary>The generated link signing key; empty until the first link is signed.</summary>
[GenerateSerializer]
public sealed class LinkSigningKeyState
{
    [Id(0)] public byte[] Key { get; set; } = [];
}
