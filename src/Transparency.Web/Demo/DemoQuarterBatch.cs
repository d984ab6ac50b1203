using Transparency.Web.Domain;

namespace Transparency.Web.Demo;

/// <summary>Everything generated for one quarter, written to the database in one go.</summary>
public sealed class DemoQuarterBatch(Quarter quarter)
{
    public Quarter Quarter { get; } = quarter;

    public List<QuarterlyReturn> Returns { get; } = [];

    public List<ReturnVersion> Versions { get; } = [];

    public List<FundingRecord> Funding { get; } = [];

    public List<KpiResult> KpiResults { get; } = [];

    public List<SubcontractRecord> Subcontracts { get; } = [];

    public List<SatisfactionResult> Satisfaction { get; } = [];

    public long RowCount => Returns.Count + Versions.Count + Funding.Count + KpiResults.Count + Subcontracts.Count + Satisfaction.Count;
}
