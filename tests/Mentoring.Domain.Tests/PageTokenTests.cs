using System.Text;
using CsCheck;
using Mentoring.Contracts.Mapping;

namespace Mentoring.Domain.Tests;

public sealed class PageTokenTests
{
    [Fact]
    public void Tokens_round_trip_any_valid_id()
    {
        Generators.Id.Sample(id =>
        {
            Assert.True(PageTokens.TryDecode(PageTokens.Encode(id), out var decoded));
            Assert.Equal(id, decoded);
        });
    }

    [Fact]
    public void Scoped_tokens_round_trip_only_in_the_same_scope()
    {
        var token = PageTokens.Encode("ada", "programmes/acme|MENTOR");

        Assert.True(PageTokens.TryDecode(token, "programmes/acme|MENTOR", out var id));
        Assert.Equal("ada", id);
        Assert.False(PageTokens.TryDecode(token, "programmes/acme|MENTEE", out _));
        Assert.False(PageTokens.TryDecode(token, out _));
    }

    [Fact]
    public void Tokens_are_url_safe_and_do_not_show_the_id()
    {
        var token = PageTokens.Encode("ada-lovelace");
        Assert.DoesNotContain("ada", token, StringComparison.Ordinal);
        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("====")]
    [InlineData("YWRh")]
    public void Garbage_tokens_are_refused(string? token)
    {
        Assert.False(PageTokens.TryDecode(token, out _));
    }

    [Theory]
    [InlineData("v2|000000000000|ada")]
    [InlineData("v1|e3b0c44298fc|")]
    [InlineData("v1|e3b0c44298fc|-bad")]
    [InlineData("v1|ffffffffffff|ada")]
    public void Well_encoded_but_wrong_payloads_are_refused(string payload)
    {
        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.False(PageTokens.TryDecode(token, out _));
    }

    [Fact]
    public void Invalid_utf8_is_refused()
    {
        Assert.False(PageTokens.TryDecode(Convert.ToBase64String([0xff, 0xfe, 0xfd]).Replace('+', '-').Replace('/', '_'), out _));
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(7, 7)]
    [InlineData(5000, 1000)]
    public void Page_sizes_default_and_cap(int requested, int expected)
    {
        Assert.True(PageSizes.TryNormalise(requested, out var size));
        Assert.Equal(expected, size);
    }

    [Fact]
    public void Negative_page_size_is_refused()
    {
        Assert.False(PageSizes.TryNormalise(-1, out _));
    }
}
