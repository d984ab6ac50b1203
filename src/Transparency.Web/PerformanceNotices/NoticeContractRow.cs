namespace Transparency.Web.PerformanceNotices;

/// <summary>A contract with KPIs on the administrators' list of notices, with its latest notice if it has one.</summary>
public sealed record NoticeContractRow(
    int ContractId, string Reference, string Title, string CommissionerName, long? ValuePence, int Kpis,
    int? LatestToQuarterCode, PerformanceNoticeStatus? LatestStatus)
{
    public bool? OverThreshold => NoticeThreshold.IsOver(ValuePence);
}
