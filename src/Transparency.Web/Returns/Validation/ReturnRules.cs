using System.Globalization;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Standard;

namespace Transparency.Web.Returns.Validation;

/// <summary>
/// The rules that look across values and at the register: the contract is the provider's and running in the
/// quarter, the KPI is the contract's, counts and percentages add up, nothing is given twice, and nothing
/// expected is missing. Turns typed lines into the facts a publish would write.
/// </summary>
public sealed class ReturnRules(ProviderRegister register, Quarter quarter, ReportBuilder report)
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    private readonly Dictionary<object, LineRef> _seen = [];

    public ReturnFacts Apply(TypedLines lines)
    {
        var facts = new ReturnFacts();
        if (lines.LineCounts.Values.Sum() == 0)
        {
            // A file that could not be read has already said why; "no lines" would only repeat it.
            if (report.HasErrors)
            {
                return facts;
            }

            var places = lines.Places.Values.OrderBy(p => p.Source, StringComparer.Ordinal).ToList();
            var named = string.Join(" and ", places.Select(p => $"'{p.Source}'"));
            report.Error(RuleCodes.ReturnEmpty, places switch
            {
                [] => "The upload has no lines. Add your funding, KPI results, subcontracts and satisfaction lines under the header rows.",
                [{ IsJson: true }, ..] => $"The upload has no lines: {named} {(places.Count == 1 ? "is an empty list" : "are empty lists")}. Add your lines to them.",
                [_] => $"The upload has no lines: {named} has only its header row. Add your lines under it.",
                _ => $"The upload has no lines: {named} have only their header rows. Add your lines under them.",
            }, places.Count == 1 ? places[0] : null);
            return facts;
        }

        foreach (var line in lines.Funding)
        {
            AddFunding(line, facts);
        }

        foreach (var line in lines.KpiResults)
        {
            AddKpiResult(line, facts);
        }

        new SubcontractRules(register, quarter, report).Apply(lines.Subcontracts, facts, Contract);
        foreach (var line in lines.Satisfaction)
        {
            AddSatisfaction(line, facts);
        }

        new CompletenessRules(register, quarter, report).Apply(lines, facts);
        return facts;
    }

    /// <summary>The provider's contract running in the quarter, or null when the reference is wrong (reported).</summary>
    public ContractInfo? Contract(string reference, LineRef at)
    {
        if (register.Contracts.TryGetValue(reference, out var contract))
        {
            if (contract.IsActiveIn(quarter))
            {
                return contract;
            }

            Error(RuleCodes.ContractNotActive, at, FieldNames.ContractReference, reference,
                $"The contract '{reference}' in {at.Where} was not running in {quarter}: it runs from {contract.StartDate.ToString("d MMMM yyyy", Uk)} to {contract.EndDate.ToString("d MMMM yyyy", Uk)}. Remove the line, or check the quarter.");
            return null;
        }

        if (register.OthersContracts.Contains(reference))
        {
            Error(RuleCodes.ContractNotYours, at, FieldNames.ContractReference, reference,
                $"The contract '{reference}' in {at.Where} is not one of {register.ProviderName}'s contracts. You can only report on your own contracts.");
        }
        else
        {
            Error(RuleCodes.ContractUnknown, at, FieldNames.ContractReference, reference,
                $"There is no contract with the reference '{reference}' on the portal. Check the reference in {at.Where} against your contracts page.");
        }

        return null;
    }

    public static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private void AddFunding(FundingLine line, ReturnFacts facts)
    {
        var contract = Contract(line.ContractReference, line.At);
        var ok = contract is not null;
        if (line.PaymentType == PaymentType.ServiceCreditDeduction && line.AmountPence > 0)
        {
            ok = Error(RuleCodes.AmountSign, line.At, FieldNames.Amount, Money.Plain(line.AmountPence),
                $"Enter the service-credit deduction in {line.At.Where} as a negative amount, like -1500.00.");
        }
        else if (line.PaymentType != PaymentType.ServiceCreditDeduction && line.AmountPence < 0)
        {
            ok = Error(RuleCodes.AmountSign, line.At, FieldNames.Amount, Money.Plain(line.AmountPence),
                $"Enter the amount in {line.At.Where} as 0 or more. Only a service-credit deduction is negative: if this is one, change the payment type to service-credit-deduction.");
        }

        if (line.DateReceived is { } date && !quarter.Contains(date))
        {
            ok = Error(RuleCodes.DateOutsideQuarter, line.At, FieldNames.DateReceived, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"The date received in {line.At.Where} is not in {quarter}, which runs from {quarter.StartDate.ToString("d MMMM", Uk)} to {quarter.EndDate.ToString("d MMMM yyyy", Uk)}. Correct the date, or report the payment in its own quarter.");
        }

        if (!ok || contract is null || Duplicate(("funding", contract.Id, line.PaymentType, line.AmountPence, line.Description?.ToUpperInvariant(), line.DateReceived), line.At,
                "the same contract, payment type, amount and description", "Delete one of them, or describe each payment if they are separate."))
        {
            return;
        }

        facts.Contracts[contract.Id] = contract;
        facts.Funding.Add(new FundingRecord
        {
            ContractId = contract.Id,
            QuarterCode = quarter.Code,
            PaymentType = line.PaymentType,
            AmountPence = line.AmountPence,
            Description = line.Description,
        });
    }

    private void AddKpiResult(KpiLine line, ReturnFacts facts)
    {
        if (Contract(line.ContractReference, line.At) is not { } contract)
        {
            return;
        }

        if (contract.Kpi(line.KpiCode) is not { } kpi)
        {
            var codes = contract.Kpis.Count == 0
                ? "It has no KPIs registered: remove the line, or ask your administrator to add them."
                : $"Use one of its KPI codes: {string.Join(", ", contract.Kpis.Select(k => k.Code).Order(StringComparer.Ordinal))}.";
            Error(RuleCodes.KpiUnknown, line.At, FieldNames.KpiCode, line.KpiCode,
                $"The contract '{contract.Reference}' has no KPI with the code '{line.KpiCode}' ({line.At.Where}). {codes}");
            return;
        }

        var ok = new KpiResultRules(report).Check(line, kpi);
        if (!ok || Duplicate(("kpi", kpi.Id, line.Cohort?.ToUpperInvariant(), line.AreaCode), line.At,
                $"a result for the same KPI '{kpi.Code}', cohort and area", "Give one result for each KPI, cohort and area."))
        {
            return;
        }

        var derived = KpiRatings.Derive(line.Actual, kpi.Target, kpi.Direction);
        facts.Contracts[contract.Id] = contract;
        facts.KpiResults.Add(new KpiResult
        {
            KpiDefinitionId = kpi.Id,
            ContractId = contract.Id,
            QuarterCode = quarter.Code,
            Cohort = line.Cohort,
            AreaCode = line.AreaCode,
            Actual = line.Actual,
            Numerator = line.Numerator,
            Denominator = line.Denominator,
            Rating = line.Rating ?? derived,
            RatingDerived = line.Rating is null,
            Commentary = line.Commentary,
        });
    }

    private void AddSatisfaction(SatisfactionLine line, ReturnFacts facts)
    {
        var contract = Contract(line.ContractReference, line.At);
        var ok = contract is not null;
        if (line.Respondents <= 0)
        {
            ok = Error(RuleCodes.RespondentsNotPositive, line.At, FieldNames.Respondents, line.Respondents.ToString(CultureInfo.InvariantCulture),
                $"Enter the number of respondents in {line.At.Where} as 1 or more. If nobody answered, leave the line out.");
        }

        if (line.PercentNegative is { } negative && line.PercentPositive + negative > 100)
        {
            ok = Error(RuleCodes.SatisfactionOver100, line.At, FieldNames.PercentNegative, negative.ToString(CultureInfo.InvariantCulture),
                $"The percent positive ({line.PercentPositive.ToString(CultureInfo.InvariantCulture)}) and percent negative ({negative.ToString(CultureInfo.InvariantCulture)}) in {line.At.Where} add up to more than 100. Check both figures.");
        }

        if (!ok || contract is null || Duplicate(("satisfaction", contract.Id, line.Measure.ToUpperInvariant(), line.Method), line.At,
                "the same contract, measure and method", "Give each measure once."))
        {
            return;
        }

        facts.Contracts[contract.Id] = contract;
        facts.Satisfaction.Add(new SatisfactionResult
        {
            ContractId = contract.Id,
            QuarterCode = quarter.Code,
            Measure = line.Measure,
            Method = line.Method,
            Respondents = line.Respondents,
            PercentPositive = line.PercentPositive,
            PercentNegative = line.PercentNegative,
        });
    }

    /// <summary>True (and reported) when a line with the same key came before.</summary>
    public bool Duplicate(object key, LineRef at, string what, string fix)
    {
        if (_seen.TryAdd(key, at))
        {
            return false;
        }

        var first = _seen[key];
        Error(RuleCodes.DuplicateLine, at, null, null, $"{Capitalised(at.Where)} repeats {(first.Place.IsJson ? "item" : "row")} {first.Row}: {what}. {fix}");
        return true;
    }

    private bool Error(string code, LineRef at, string? column, string? value, string message)
    {
        report.Error(code, message, at.Place, at.Row, column, value);
        return false;
    }
}
