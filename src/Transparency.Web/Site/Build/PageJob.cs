using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>A page to build: its address, and the work that builds its model (run on a render worker).</summary>
public sealed record PageJob(string Url, Func<SitePage> Build);
