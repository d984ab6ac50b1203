namespace Transparency.Tests.Feeds;

/// <summary>
/// The official schemas in shared/data (beside the repository, or named by TRANSPARENCY_SHARED_DATA).
/// They are read from there, not copied into the repository.
/// </summary>
public static class ReferenceData
{
    public const string EnvironmentVariable = "TRANSPARENCY_SHARED_DATA";

    public static string Folder { get; } = Find();

    public static string PathTo(params string[] parts) => Path.Combine([Folder, .. parts]);

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "ocds-schema-1.1.5")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"The official schemas were not found: no shared/data folder beside the repository or above it. Set {EnvironmentVariable} to the folder that holds ocds-schema-1.1.5.");
    }
}
