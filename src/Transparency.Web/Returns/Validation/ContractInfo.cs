using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Validation;

public sealed record ContractInfo(int Id, string Reference, string Title, DateOnly StartDate, DateOnly EndDate, IReadOnlyList<KpiInfo> Kpis)
{
    public bool IsActiveIn(Quarter quarter) => StartDate <= quarter.EndDate && EndDate >= quarter.StartDate;

    public KpiInfo? Kpi(string code) => Kpis.FirstOrDefault(k => string.Equals(k.Code, code, StringComparison.OrdinalIgnoreCase));
}
