namespace Transparency.Web.Administration.Registry;

/// <summary>
/// What an import or form did. Rows with a problem were skipped (each problem is listed) and the other rows were
/// registered, as import-ocds does with files; a file-level problem (encoding, header) means nothing was read.
/// </summary>
public sealed record RegistryResult(int Created, int Updated, int Unchanged, IReadOnlyList<RegistryProblem> Problems, int Skipped = 0)
{
    public bool Succeeded => Problems.Count == 0;

    /// <summary>True when some rows were registered although others had problems.</summary>
    public bool Partly => Problems.Count > 0 && Created + Updated + Unchanged > 0;

    public static RegistryResult Failed(IReadOnlyList<RegistryProblem> problems, int skipped = 0) => new(0, 0, 0, problems, skipped);
}
