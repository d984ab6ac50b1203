using Transparency.Web.Data;

namespace Transparency.Tests.OcdsImport;

/// <summary>
/// The project's shared reference data: ../shared/data beside the repository root (the layout CI uses), or the first
/// shared/data above it (a worktree one level deeper). Tests that need it fail with this message when it is absent.
/// </summary>
public static class SharedData
{
    public static string Folder(string name)
    {
        var root = PortalPaths.FindRoot(AppContext.BaseDirectory);
        for (var folder = new DirectoryInfo(root).Parent; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"The shared reference data folder '{name}' was not found. It is expected at ../shared/data/{name} relative to the repository root ({root}); " +
            "clone or copy the project's shared/ folder beside the repository.");
    }
}
