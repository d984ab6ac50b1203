namespace Transparency.Web.Administration.Registry;

/// <summary>What an import or form did. When there are problems, nothing was changed.</summary>
public sealed record RegistryResult(int Created, int Updated, int Unchanged, IReadOnlyList<RegistryProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static RegistryResult Failed(IReadOnlyList<RegistryProblem> problems) => new(0, 0, 0, problems);
}
