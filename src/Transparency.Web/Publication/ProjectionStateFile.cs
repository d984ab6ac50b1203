using System.Text.Json;

namespace Transparency.Web.Publication;

/// <summary>
/// Reads and writes a file-based projection's <see cref="ProjectionState"/> as JSON, replacing it with a rename so a
/// crash leaves the old state or the new, never half of one.
/// </summary>
public static class ProjectionStateFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static ProjectionState? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ProjectionState>(File.ReadAllText(path), Options);
        }
        catch (JsonException)
        {
            // Unreadable state means the output's position is unknown: rebuild it.
            return null;
        }
    }

    public static void Write(string path, ProjectionState state)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(state, Options));
        File.Move(temporary, path, overwrite: true);
    }
}
