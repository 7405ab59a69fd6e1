using System.Net;
using Mentoring.Domain.Webhooks;

namespace Mentoring.Domain.Tests;

public sealed class WebhookUrlRulesTests
{
    private static readonly WebhookUrlRules Strict = new(AllowPrivateAddresses: false);
    private static readonly WebhookUrlRules Open = new(AllowPrivateAddresses: true);

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.0.0.1")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.1")]
    [InlineData("100.64.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.251")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::127.0.0.1")]
    [InlineData("64:ff9b::a00:1")]
    public void Loopback_private_link_local_unique_local_multicast_and_unspecified_addresses_are_not_public(string address)
    {
        Assert.False(WebhookAddresses.IsPublic(IPAddress.Parse(address)));
        Assert.NotNull(Strict.AddressProblem([IPAddress.Parse(address)]));
        Assert.Null(Open.AddressProblem([IPAddress.Parse(address)]));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("192.0.2.10")]
    [InlineData("100.128.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    public void Public_unicast_addresses_are_public(string address)
    {
        Assert.True(WebhookAddresses.IsPublic(IPAddress.Parse(address)));
        Assert.Null(Strict.AddressProblem([IPAddress.Parse(address)]));
    }

    [Fact]
    public void One_private_address_among_public_ones_refuses_the_host()
    {
        Assert.NotNull(Strict.AddressProblem([IPAddress.Parse("8.8.8.8"), IPAddress.Parse("10.0.0.1")]));
        Assert.NotNull(Strict.AddressProblem([]));
    }

    [Theory]
    [InlineData("https://example.com/hook", true, true)]
    [InlineData("http://example.com/hook", false, true)]
    [InlineData("ftp://example.com/hook", false, false)]
    [InlineData("https://user@example.com/hook", false, false)]
    [InlineData("https://example.com/hook#part", false, false)]
    [InlineData("/relative", false, false)]
    [InlineData("", false, false)]
    public void Only_absolute_https_urls_without_user_info_or_fragment_are_accepted_and_http_only_where_private_addresses_are(string url, bool strict, bool open)
    {
        Assert.Equal((strict, open), (Strict.FormProblem(url) is null, Open.FormProblem(url) is null));
    }
}
