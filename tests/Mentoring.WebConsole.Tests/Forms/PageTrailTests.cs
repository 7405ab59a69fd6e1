using Mentoring.WebConsole.Paging;

namespace Mentoring.WebConsole.Tests.Forms;

/// <summary>Paging by server tokens: forward by the token the server gave, back by the ones kept.</summary>
public sealed class PageTrailTests
{
    [Fact]
    public void Previous_returns_the_tokens_of_the_pages_before_in_reverse_and_first_forgets_them()
    {
        var trail = new PageTrail();

        Assert.Equal("", trail.First());
        Assert.Equal("t2", trail.Next("t2"));
        Assert.Equal("t3", trail.Next("t3"));
        Assert.Equal(3, trail.Number);
        Assert.Equal("t2", trail.Previous());
        Assert.Equal("", trail.Previous());
        Assert.False(trail.HasPrevious);
        trail.Next("t2");
        Assert.Equal("", trail.First());
        Assert.Equal(1, trail.Number);
    }
}
