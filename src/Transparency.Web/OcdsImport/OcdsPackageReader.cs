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
        var result = new OcdsReadResult(files.Count);
        if (files.Count == 0)
        {
            result.Errors.Add($"No OCDS file found at {path}: give a .json file or a folder of them.");
        }

        foreach (var file in files)
        {
            try
            {
                using var stream = File.OpenRead(file);
                using var document = JsonDocument.Parse(stream);
                var releases = Releases(document.RootElement).ToList();
                if (releases.Count == 0 && !IsPackage(document.RootElement))
                {
                    result.Errors.Add($"{file} is not an OCDS release package, record package or release.");
                }

                foreach (var release in releases)
                {
                    result.Awards.AddRange(OcdsReleaseReader.Awards(release));
                }
            }
            catch (JsonException error)
            {
                result.Errors.Add($"{file} is not valid JSON: {error.Message}");
            }
        }

        return result;
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
