using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Transparency.Web.Site.Serving;

/// <summary>
/// The files the portal serves at /. It points at one generation of the site at a time and switches to the
/// next with a single reference assignment, so a reader sees either the whole old site or the whole new one.
/// </summary>
public sealed class SiteFileProvider : IFileProvider
{
    private IFileProvider _current = new NullFileProvider();

    public void SwitchTo(IFileProvider next) => Volatile.Write(ref _current, next);

    public IFileInfo GetFileInfo(string subpath) => Volatile.Read(ref _current).GetFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => Volatile.Read(ref _current).GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
