using Microsoft.EntityFrameworkCore;
using Transparency.Web.Accounts;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Administration.Registry;

/// <summary>Registers KPI definitions from the form or kpis.csv; the contract must already be registered.</summary>
public sealed class KpiRegistry(TransparencyDbContext db, AuditTrail audit)
{
    public async Task<RegistryResult> RegisterAsync(IReadOnlyList<(int? Row, KpiRow Data)> rows, CancellationToken cancellationToken = default)
    {
        var problems = new List<RegistryProblem>();
        var references = rows.Select(r => r.Data.Contract?.Trim()).OfType<string>().Distinct().ToList();
        var contracts = await db.Contracts.Where(c => references.Contains(c.Reference))
            .ToDictionaryAsync(c => c.Reference, c => c.Id, StringComparer.Ordinal, cancellationToken);
        var checkedRows = new List<KpiDefinition>();
        var seen = new Dictionary<(int, string), int?>();
        foreach (var (row, data) in rows)
        {
            var before = problems.Count;
            var check = new RowCheck(row, problems);
            var reference = check.Text("contract", data.Contract, 80, "Enter the reference of the contract the KPI belongs to");
            var contractId = 0;
            if (reference is not null && !contracts.TryGetValue(reference, out contractId))
            {
                check.Problem("contract", reference, $"Register the contract {reference} first, or correct the reference");
            }

            var code = check.Text("code", data.Code, 40, "Enter the KPI's code, like K1");
            if (code is not null && contractId != 0 && !seen.TryAdd((contractId, code), row))
            {
                check.Problem("code", code, $"Remove this row or the other row for {reference} {code} (row {seen[(contractId, code)]}): each KPI can appear once per contract");
            }

            var values = new KpiDefinition
            {
                ContractId = contractId,
                Code = code ?? string.Empty,
                Name = check.Text("name", data.Name, 300, "Enter the KPI's name", isName: true) ?? string.Empty,
                Description = check.Text("description", data.Description, 2000, multiline: true),
                Kind = check.Choice<KpiKind>("kind", data.Kind) ?? KpiKind.Output,
                Unit = check.Choice<KpiUnit>("unit", data.Unit) ?? KpiUnit.Count,
                Target = check.Number("target", data.Target, double.MinValue, double.MaxValue, "Enter the KPI's target as a number, like 75") ?? 0,
                Direction = check.Choice<KpiDirection>("direction", data.Direction) ?? KpiDirection.HigherIsBetter,
                ServiceCreditsApply = check.Flag("service_credits", data.ServiceCredits),
                IsRate = check.Flag("is_rate", data.IsRate),
                CohortDimension = check.Text("cohort_dimension", data.CohortDimension, 100),
                ComparableMeasure = check.Text("comparable_measure", data.ComparableMeasure, 60),
            };
            if (problems.Count == before)
            {
                checkedRows.Add(values);
            }
        }

        var skipped = rows.Count - checkedRows.Count;
        if (checkedRows.Count == 0)
        {
            return RegistryResult.Failed(problems, skipped);
        }

        var ids = checkedRows.Select(k => k.ContractId).Distinct().ToList();
        var existing = await db.KpiDefinitions.Where(k => ids.Contains(k.ContractId))
            .ToDictionaryAsync(k => (k.ContractId, k.Code), cancellationToken);
        int created = 0, updated = 0;
        foreach (var values in checkedRows)
        {
            if (!existing.TryGetValue((values.ContractId, values.Code), out var kpi))
            {
                db.KpiDefinitions.Add(values);
                created++;
                continue;
            }

            var changed = Assign.IfChanged(kpi.Name, values.Name, v => kpi.Name = v)
                | Assign.IfChanged(kpi.Description, values.Description, v => kpi.Description = v)
                | Assign.IfChanged(kpi.Kind, values.Kind, v => kpi.Kind = v)
                | Assign.IfChanged(kpi.Unit, values.Unit, v => kpi.Unit = v)
                | Assign.IfChanged(kpi.Target, values.Target, v => kpi.Target = v)
                | Assign.IfChanged(kpi.Direction, values.Direction, v => kpi.Direction = v)
                | Assign.IfChanged(kpi.ServiceCreditsApply, values.ServiceCreditsApply, v => kpi.ServiceCreditsApply = v)
                | Assign.IfChanged(kpi.IsRate, values.IsRate, v => kpi.IsRate = v)
                | Assign.IfChanged(kpi.CohortDimension, values.CohortDimension, v => kpi.CohortDimension = v)
                | Assign.IfChanged(kpi.ComparableMeasure, values.ComparableMeasure, v => kpi.ComparableMeasure = v);
            updated += changed ? 1 : 0;
        }

        audit.Record("register KPI definitions", $"{checkedRows.Count} rows ({skipped} skipped)", $"{created} created, {updated} updated");
        await db.SaveChangesAsync(cancellationToken);
        return new RegistryResult(created, updated, checkedRows.Count - created - updated, problems, skipped);
    }
}
