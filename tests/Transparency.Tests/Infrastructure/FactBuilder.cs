using Transparency.Web.Domain;

namespace Transparency.Tests.Infrastructure;

/// <summary>Adds facts to a return version for hand-made fixtures, with the contract and quarter filled in.</summary>
public sealed class FactBuilder(ReturnVersion version, Contract contract)
{
    private int QuarterCode => version.Return!.QuarterCode;

    public FactBuilder Funding(PaymentType type, long pence)
    {
        version.Funding.Add(new FundingRecord { Contract = contract, QuarterCode = QuarterCode, PaymentType = type, AmountPence = pence });
        return this;
    }

    public FactBuilder Result(string kpiCode, double actual, KpiRating rating, string? cohort = null, long? numerator = null, long? denominator = null, string? area = null)
    {
        var kpi = contract.Kpis.Single(k => k.Code == kpiCode);
        version.KpiResults.Add(new KpiResult
        {
            KpiDefinition = kpi,
            ContractId = contract.Id,
            QuarterCode = QuarterCode,
            Cohort = cohort,
            AreaCode = area,
            Actual = actual,
            Numerator = numerator,
            Denominator = denominator,
            Rating = rating,
        });
        return this;
    }

    /// <summary>A subcontract paid <paramref name="paidPence"/> in the quarter, with a total of four times that unless <paramref name="totalKnown"/> is false.</summary>
    public FactBuilder Subcontract(Organisation subcontractor, long paidPence, bool totalKnown = true)
    {
        version.Subcontracts.Add(new SubcontractRecord
        {
            Contract = contract,
            QuarterCode = QuarterCode,
            Subcontractor = subcontractor,
            Service = "Test service",
            ValuePaidInQuarterPence = paidPence,
            TotalValuePence = totalKnown ? paidPence * 4 : null,
        });
        return this;
    }

    public FactBuilder Satisfaction(int respondents, SatisfactionMethod method)
    {
        version.Satisfaction.Add(new SatisfactionResult
        {
            Contract = contract,
            QuarterCode = QuarterCode,
            Measure = "Overall satisfaction",
            Method = method,
            Respondents = respondents,
            PercentPositive = 80,
        });
        return this;
    }
}
