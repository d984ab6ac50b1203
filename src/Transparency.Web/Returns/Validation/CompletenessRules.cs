using Transparency.Web.Domain;
using Transparency.Web.Returns.Standard;

namespace Transparency.Web.Returns.Validation;

/// <summary>Warns about what a complete return would have: funding for every running contract, a result for every KPI.</summary>
public sealed class CompletenessRules(ProviderRegister register, Quarter quarter, ReportBuilder report)
{
    public void Apply(TypedLines lines, ReturnFacts facts)
    {
        var funded = facts.Funding.Select(f => f.ContractId).ToHashSet();
        var reported = facts.KpiResults.Select(r => r.KpiDefinitionId).ToHashSet();

        // Rows that named a contract or KPI but were refused for a value already have an error; no warning for them too.
        var fundingLines = lines.FundingRowsFor;
        var kpiLines = lines.KpiRowsFor;
        var fundingPlace = lines.Places.GetValueOrDefault(ReturnStandard.Funding.Name) ?? new(ReturnStandard.Funding.Name, ReturnStandard.Funding.Name);
        var kpiPlace = lines.Places.GetValueOrDefault(ReturnStandard.KpiResults.Name) ?? new(ReturnStandard.KpiResults.Name, ReturnStandard.KpiResults.Name);
        foreach (var contract in register.Contracts.Values.Where(c => c.IsActiveIn(quarter)).OrderBy(c => c.Reference, StringComparer.Ordinal))
        {
            if (!funded.Contains(contract.Id) && !fundingLines.Contains(contract.Reference.ToUpperInvariant()))
            {
                report.Warning(RuleCodes.FundingMissing,
                    $"There is no funding line for the contract '{contract.Reference}' ({contract.Title}), which was running in {quarter}. Add what you received, or a line with an amount of 0 if you received nothing.",
                    fundingPlace, column: FieldNames.ContractReference, value: contract.Reference);
            }

            foreach (var kpi in contract.Kpis.OrderBy(k => k.Code, StringComparer.Ordinal))
            {
                if (!reported.Contains(kpi.Id) && !kpiLines.Contains((contract.Reference.ToUpperInvariant(), kpi.Code.ToUpperInvariant())))
                {
                    report.Warning(RuleCodes.KpiResultMissing,
                        $"There is no result for KPI '{kpi.Code}' ({kpi.Name}) of the contract '{contract.Reference}'. Add it to '{kpiPlace.Source}' if you have it.",
                        kpiPlace, column: FieldNames.KpiCode, value: kpi.Code);
                }
            }
        }
    }
}
