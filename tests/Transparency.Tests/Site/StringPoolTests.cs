using Transparency.Web.Site.Build;

namespace Transparency.Tests.Site;

public sealed class StringPoolTests
{
    [Fact]
    public void Get_EqualTexts_GivesTheFirstInstanceEachTime()
    {
        var pool = new StringPool();
        var first = new string("E12000008".AsSpan());

        var again = pool.Get(first);
        var later = pool.Get(new string("E12000008".AsSpan()));

        Assert.Same(first, again);
        Assert.Same(first, later);
        Assert.NotSame(first, pool.Get(new string("E12000009".AsSpan())));
        Assert.Null(pool.Get(null));
    }
}
