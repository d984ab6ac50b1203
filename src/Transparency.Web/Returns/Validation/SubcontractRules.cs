using Transparency.Web.Domain;
using Transparency.Web.Returns.Standard;

namespace Transparency.Web.Returns.Validation;

/// <summary>
/// Resolves each subcontractor to an organisation: by its identifier when given (a new one is created on
/// publish), or by a local identifier made from its name, with a warning asking for the real one.
/// </summary>
public sealed class SubcontractRules(ProviderRegister register, Quarter quarter, ReportBuilder report)
{
    public void Apply(IEnumerable<SubcontractLine> lines, ReturnFacts facts, Func<string, LineRef, ContractInfo?> contractOf)
    {
        var seen = new Dictionary<(int, string, string), LineRef>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var contract = contractOf(line.ContractReference, line.At);
            var identifier = line.SubcontractorId ?? LocalOrganisationIdentifier.For(line.SubcontractorName);
            if (line.SubcontractorId is null)
            {
                report.Warning(RuleCodes.SubcontractorNameOnly,
                    $"{ReturnRules.Capitalised(line.At.Where)} names '{line.SubcontractorName}' without an identifier. Add its org-id.guide identifier, like GB-COH-01234567 for a company or GB-CHC-1234567 for a charity, so readers can tell organisations apart.",
                    line.At.Place, line.At.Row, FieldNames.SubcontractorId, line.SubcontractorName);
            }

            if (line.TotalValuePence is null)
            {
                report.Warning(RuleCodes.SubcontractTotalNotStated,
                    $"{ReturnRules.Capitalised(line.At.Where)} gives no total value for the subcontract with '{line.SubcontractorName}'. It will be published as \"not stated\", which lowers your data quality score: add the total over the subcontract's term if you know it.",
                    line.At.Place, line.At.Row, FieldNames.TotalValue, null);
            }

            if (contract is null)
            {
                continue;
            }

            var key = (contract.Id, identifier, line.Service.ToUpperInvariant());
            if (!seen.TryAdd(key, line.At))
            {
                var first = seen[key];
                report.Error(RuleCodes.DuplicateLine,
                    $"{ReturnRules.Capitalised(line.At.Where)} repeats {(first.Place.IsJson ? "item" : "row")} {first.Row}: the same contract, subcontractor and service. Give each subcontract once, with its total for the quarter.",
                    line.At.Place, line.At.Row, null, null);
                continue;
            }

            // One organisation per identifier, named as it is first written in the upload.
            var name = names.TryAdd(identifier, line.SubcontractorName) ? line.SubcontractorName : names[identifier];
            var known = register.KnownOrganisations.TryGetValue(identifier, out var organisationId);
            facts.Contracts[contract.Id] = contract;
            facts.Subcontracts.Add(new PlannedSubcontract(
                new SubcontractRecord
                {
                    ContractId = contract.Id,
                    QuarterCode = quarter.Code,
                    SubcontractorId = known ? organisationId : 0,
                    Service = line.Service,
                    ValuePaidInQuarterPence = line.ValuePaidPence,
                    TotalValuePence = line.TotalValuePence,
                    PerformanceRating = line.PerformanceRating,
                },
                identifier,
                name,
                IsNew: !known,
                IdentifierGiven: line.SubcontractorId is not null));
        }
    }
}
