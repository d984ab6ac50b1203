namespace Transparency.Web.Administration.Registry;

/// <summary>Imports one registry CSV: reads it, then registers every row or, when any row has a problem, none.</summary>
public sealed class RegistryImporter(OrganisationRegistry organisations, ContractRegistry contracts, KpiRegistry kpis)
{
    public async Task<RegistryResult> ImportAsync(RegistryKind kind, byte[] content, CancellationToken cancellationToken = default)
    {
        var problems = new List<RegistryProblem>();
        switch (kind)
        {
            case RegistryKind.Organisations:
                var organisationRows = RegistryCsv.Read(content, OrganisationRow.Columns, problems);
                return problems.Count > 0 ? RegistryResult.Failed(problems) : await organisations.RegisterAsync(Rows(organisationRows), cancellationToken);
            case RegistryKind.Contracts:
                var contractRows = RegistryCsv.Read(content, ContractRow.Columns, problems);
                return problems.Count > 0 ? RegistryResult.Failed(problems) : await contracts.RegisterAsync(Rows(contractRows), cancellationToken);
            default:
                var kpiRows = RegistryCsv.Read(content, KpiRow.Columns, problems);
                return problems.Count > 0 ? RegistryResult.Failed(problems) : await kpis.RegisterAsync(Rows(kpiRows), cancellationToken);
        }
    }

    public static IReadOnlyList<string> ColumnsOf(RegistryKind kind) => kind switch
    {
        RegistryKind.Organisations => [.. OrganisationRow.Columns.Select(c => c.Name)],
        RegistryKind.Contracts => [.. ContractRow.Columns.Select(c => c.Name)],
        _ => [.. KpiRow.Columns.Select(c => c.Name)],
    };

    private static List<(int? Row, T Data)> Rows<T>(List<(int Row, T Data)> rows) => [.. rows.Select(r => ((int?)r.Row, r.Data))];
}
