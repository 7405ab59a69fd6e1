using System.Buffers.Text;
using System.Text;
using Mentoring.Domain.Links;

namespace Mentoring.Domain.Tests;

/// <summary>Personal link tokens: read back only under the key they were signed with, unchanged and before they expire.</summary>
public sealed class ParticipantLinkTokensTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly ParticipantLink Link = new("0123456789abcdef", "acme", "r7", "bo", "ada", LinkActions.Respond, Now.AddDays(30));

    [Fact]
    public void A_signed_link_reads_back_as_it_was_signed()
    {
        Assert.Equal(LinkRefusal.None, ParticipantLinkTokens.TryRead(ParticipantLinkTokens.Sign(Link, Key), Key, Now, out var read));
        Assert.Equal(Link, read);
    }

    [Fact]
    public void A_changed_field_is_tampered()
    {
        var token = ParticipantLinkTokens.Sign(Link, Key);
        var dot = token.IndexOf('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(0, dot))).Replace("|ada|", "|eve|", StringComparison.Ordinal);
        var forged = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)) + token[dot..];

        Assert.Equal(LinkRefusal.Tampered, ParticipantLinkTokens.TryRead(forged, Key, Now, out var read));
        Assert.Null(read);
    }

    [Fact]
    public void A_link_signed_with_another_key_is_tampered()
    {
        var other = Key.Select(b => (byte)(b ^ 0x5a)).ToArray();

        Assert.Equal(LinkRefusal.Tampered, ParticipantLinkTokens.TryRead(ParticipantLinkTokens.Sign(Link, other), Key, Now, out _));
    }

    [Fact]
    public void A_link_is_expired_from_its_expiry_on()
    {
        var token = ParticipantLinkTokens.Sign(Link, Key);

        Assert.Equal(LinkRefusal.None, ParticipantLinkTokens.TryRead(token, Key, Link.ExpiresAt.AddSeconds(-1), out _));
        Assert.Equal(LinkRefusal.Expired, ParticipantLinkTokens.TryRead(token, Key, Link.ExpiresAt, out var read));
        Assert.Null(read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    public void Anything_else_is_malformed(string token) =>
        Assert.Equal(LinkRefusal.Malformed, ParticipantLinkTokens.TryRead(token, Key, Now, out _));

    [Fact]
    public void A_short_key_is_refused() =>
        Assert.Throws<ArgumentException>(() => ParticipantLinkTokens.Sign(Link, new byte[16]));
}
