namespace Transparency.Web.Data;

/// <summary>
/// Finds the portal's root folder (the one holding content/ and wwwroot/) so that
/// <c>dotnet run --project src/Transparency.Web</c>, the test host and the container all see the same files.
/// </summary>
public sealed class PortalPaths
{
    public PortalPaths(string root, string dataFolder)
    {
        Root = root;
        DataFolder = Path.GetFullPath(Path.IsPathRooted(dataFolder) ? dataFolder : Path.Combine(root, dataFolder));
    }

    public string Root { get; }

    public string DataFolder { get; }

    public string ContentFolder => Path.Combine(Root, "content");

    public string WebRootFolder => Path.Combine(Root, "wwwroot");

    public string UploadsFolder => Path.Combine(DataFolder, "uploads");

    public string SiteFolder => Path.Combine(DataFolder, "site");

    /// <summary>Walks up from the start folders to the first that has both content/ and wwwroot/.</summary>
    public static string FindRoot(params string[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (Directory.Exists(Path.Combine(folder.FullName, "content")) && Directory.Exists(Path.Combine(folder.FullName, "wwwroot")))
                {
                    return folder.FullName;
                }
            }
        }

        return Path.GetFullPath(startFolders[0]);
    }
}
