namespace Transparency.Web.Api.Totals;

/// <summary>Which totals can answer a query over funding exactly, if any (<see cref="FundingTotalsShape"/>).</summary>
public enum FundingTotalsGrain
{
    /// <summary>Only the lines themselves.</summary>
    None,

    /// <summary>Totals by contract, quarter and payment type.</summary>
    ContractQuarter,

    /// <summary>Totals by contract and payment type over all time: the query names no quarter.</summary>
    Contract,
}
