using Mentoring.Domain;

namespace Mentoring.Domain.Tests;

/// <summary>An e-mail address is one '@' between a local part and a dotted domain, with no spaces.</summary>
public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("ada@example.org")]
    [InlineData("bo.jensen+mentoring@mail.acme.co.uk")]
    [InlineData("ünal@beispiel.de")]
    public void Addresses_are_accepted(string address) => Assert.True(EmailAddresses.IsWellFormed(address), address);

    [Theory]
    [InlineData("")]
    [InlineData("ada")]
    [InlineData("ada@localhost")]
    [InlineData("@example.org")]
    [InlineData("ada@@example.org")]
    [InlineData("ada@exa mple.org")]
    [InlineData("ada@example..org")]
    [InlineData("ada@-example.org")]
    [InlineData("Ada Lovelace <ada@example.org>")]
    public void Malformed_addresses_are_refused(string address) => Assert.False(EmailAddresses.IsWellFormed(address), address);

    [Fact]
    public void An_address_longer_than_the_limit_is_refused()
    {
        var address = "a@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 5)) + ".org";

        Assert.True(address.Length > Limits.MaxEmailLength);
        Assert.False(EmailAddresses.IsWellFormed(address));
    }
}
