using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// Plans one kind of page. A source plans every page for a full build and, for a scoped build, only the pages
/// the scope touches. New kinds of page (the insights pages) are added by registering another source.
/// This is the one place the build hands a source the whole <see cref="SiteData"/>: a source implements it through
/// <see cref="PageSource{TInputs}"/>, which names what the source reads.
/// </summary>
public interface IPageSource
{
    IEnumerable<PageJob> Plan(SiteData data, SiteContext site);
}
