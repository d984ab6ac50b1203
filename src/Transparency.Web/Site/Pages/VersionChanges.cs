using Transparency.Web.Domain;
using Transparency.Web.Domain.Places;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>Compares the figures of two versions of a return line by line, funding lines first, then KPI results.</summary>
public static class VersionChanges
{
    public static (IReadOnlyList<FigureChange> Changes, int Unchanged) Between(SiteRegistry registry, SiteReturns returns, int beforeId, int afterId)
    {
        var before = returns.FiguresByVersion[beforeId].ToDictionary(f => f.Key);
        var after = returns.FiguresByVersion[afterId].ToDictionary(f => f.Key);
        var changes = new List<FigureChange>();
        var unchanged = 0;
        foreach (var key in before.Keys.Union(after.Keys).Order())
        {
            var old = before.GetValueOrDefault(key);
            var now = after.GetValueOrDefault(key);
            if (old is not null && now is not null && Math.Abs(old.Value - now.Value) < 1e-9 && old.Rating == now.Rating)
            {
                unchanged++;
                continue;
            }

            changes.Add(Describe(registry, old, now));
        }

        return (changes, unchanged);
    }

    private static FigureChange Describe(SiteRegistry registry, VersionFigure? old, VersionFigure? now)
    {
        var figure = (now ?? old)!;
        var contract = registry.ContractsById.TryGetValue(figure.ContractId, out var c) ? c.Reference : $"contract {figure.ContractId}";
        if (figure.IsFunding)
        {
            var type = Enum.TryParse<PaymentType>(figure.Detail, out var t) ? SiteFormat.PaymentTypeName(t) : figure.Detail;
            string Money(VersionFigure? f) => f is null ? "none" : SiteFormat.Pounds((long)f.Value);
            string MoneyCsv(VersionFigure? f) => f is null ? string.Empty : SiteFormat.PoundsCsv((long)f.Value);
            return new FigureChange("Funding", contract, type, Money(old), Money(now), MoneyCsv(old), MoneyCsv(now));
        }

        var kpi = registry.KpisByContract[figure.ContractId].FirstOrDefault(k => k.Id == figure.KpiId);
        var line = kpi is null ? $"KPI {figure.KpiId}" : $"{kpi.Code} {kpi.Name}";
        if (figure.Detail.Length > 0)
        {
            line += $", {figure.Detail}";
        }

        if (figure.Area.Length > 0)
        {
            line += $", {AreaNames.NameOf(figure.Area)}";
        }

        string Show(VersionFigure? f) => f is null ? "not reported" : $"{(kpi is null ? SiteFormat.Invariant(f.Value) : SiteFormat.KpiValue(f.Value, kpi.Unit))} ({f.Rating?.Label()})";
        string Csv(VersionFigure? f) => f is null ? string.Empty : SiteFormat.Invariant(f.Value);
        return new FigureChange("KPI results", contract, line, Show(old), Show(now), Csv(old), Csv(now));
    }
}
