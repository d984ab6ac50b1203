namespace Transparency.Web.Site.Build;

/// <summary>Step: copies the compiled stylesheets, scripts and icons from wwwroot, so the output folder is a whole site any static host can serve.</summary>
public static class CopyAssets
{
    public static void Run(string webRoot, SiteOutput output)
    {
        if (!Directory.Exists(webRoot))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(webRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = output.PathFor(Path.GetRelativePath(webRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
