using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// A page source that says in its types what it reads: <typeparamref name="TInputs"/> is a small record of the read
/// models (and period, scope, notices, insights) its pages use, picked out of the build's <see cref="SiteData"/> by
/// <see cref="InputsFrom"/>, the only member of a source that sees <see cref="SiteData"/>. Its pages are planned from
/// those inputs alone.
/// </summary>
public abstract class PageSource<TInputs> : IPageSource
{
    public IEnumerable<PageJob> Plan(SiteData data, SiteContext site) => Plan(InputsFrom(data), site);

    public abstract IEnumerable<PageJob> Plan(TInputs inputs, SiteContext site);

    protected abstract TInputs InputsFrom(SiteData data);
}
