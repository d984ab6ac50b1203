using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Tests.Site;

public sealed class IndexSearchTests
{
    [Fact]
    public void GlobFor_SearchableAndOtherPages_CoversOnlyTheFoldersOfSearchablePages()
    {
        PageMeta[] pages =
        [
            new("/", "Home", "Home") { Searchable = true },
            new("/about/", "About", "About") { Searchable = true },
            new("/providers/gb-coh-1/", "Alpha", "Alpha") { Searchable = true },
            new("/providers/gb-coh-2/", "Beta", "Beta") { Searchable = true },
            new("/providers/gb-coh-1/returns/", "Alpha returns", "Returns"),
            new("/contracts/c-1/", "Contract", "Contract"),
            new("/404.html", "Page not found", "Missing") { Hidden = true },
        ];

        var glob = IndexSearch.GlobFor(pages.Select(WrittenPage.Of));

        Assert.Equal("{about/index.html,index.html,providers/*/index.html}", glob);
    }

    [Fact]
    public void GlobFor_OneSearchablePage_IsThatPagesFile()
    {
        Assert.Equal("index.html", IndexSearch.GlobFor([WrittenPage.Of(new PageMeta("/", "Home", "Home") { Searchable = true }), WrittenPage.Of(new PageMeta("/contracts/c-1/", "Contract", "Contract"))]));
    }
}
