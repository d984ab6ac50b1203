using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

public sealed record SiteKpi(
    int Id, int ContractId, string Code, string Name, string? Description, KpiKind Kind, KpiUnit Unit, double Target,
    KpiDirection Direction, bool ServiceCreditsApply);
