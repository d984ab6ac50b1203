using System.Text.Json;

namespace Transparency.Web.OcdsImport;

/// <summary>
/// Reads OCDS release packages, record packages (their compiled release) and single releases from a file or a
/// folder of .json files, into awards. Tolerates OCDS 1.0 (organisations inline, no parties) and 1.1 (parties).
/// </summary>
public static class OcdsPackageReader
{
    public static OcdsReadResult Read(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : [];
        var result = new OcdsReadResult();
        if (files.Count == 0)
        {
            result.Problem = $"No OCDS file found at {path}: give a .json file or a folder of them.";
        }

        foreach (var file in files)
        {
            result.Files.Add(ReadFile(file));
        }

        return result;
    }

    /// <summary>One file's awards; a file that is not JSON, not OCDS or breaks the reader is reported, never thrown.</summary>
    public static OcdsFile ReadFile(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 256 });
            var releases = Releases(document.RootElement).ToList();
            if (releases.Count == 0 && !IsPackage(document.RootElement))
            {
                return new OcdsFile(file, [], "it is not an OCDS release package, record package or release.");
            }

            return new OcdsFile(file, [.. releases.SelectMany(OcdsReleaseReader.Awards)], null);
        }
        catch (JsonException error)
        {
            return new OcdsFile(file, [], $"it is not valid JSON ({error.Message})");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException or ArgumentException)
        {
            return new OcdsFile(file, [], $"it could not be read ({error.Message})");
        }
    }

    private static bool IsPackage(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("releases", out _) || root.TryGetProperty("records", out _));

    private static IEnumerable<JsonElement> Releases(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var release in OcdsText.Array(root, "releases").Where(r => OcdsText.Text(r, "ocid") is not null))
        {
            yield return release;
        }

        foreach (var record in OcdsText.Array(root, "records"))
        {
            if (OcdsText.Child(record, "compiledRelease") is { ValueKind: JsonValueKind.Object } compiled)
            {
                yield return compiled;
                continue;
            }

            // Without a compiled release, only embedded releases can be read; linked ones (a url) cannot.
            foreach (var release in OcdsText.Array(record, "releases").Where(r => OcdsText.Text(r, "ocid") is not null))
            {
                yield return release;
            }
        }

        if (OcdsText.Text(root, "ocid") is not null && root.TryGetProperty("tag", out _))
        {
            yield return root;
        }
    }
}
