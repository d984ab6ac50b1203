using Transparency.Web.Data;

namespace Transparency.Tests.Infrastructure;

/// <summary>
/// The public reference files the tests read (official schemas, real OCDS packages), vendored under
/// tests/reference-data with their licences and provenance (its README), so a clone of the repository alone passes.
/// </summary>
public static class ReferenceData
{
    public static string Folder { get; } = Find();

    public static string PathTo(params string[] parts) => Path.Combine([Folder, .. parts]);

    private static string Find()
    {
        var folder = Path.Combine(PortalPaths.FindRoot(AppContext.BaseDirectory), "tests", "reference-data");
        return Directory.Exists(Path.Combine(folder, "ocds-schema-1.1.5"))
            ? folder
            : throw new InvalidOperationException($"The reference data was not found at {folder}: it is part of the repository (tests/reference-data).");
    }
}
