using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>
/// Which returns were due by the site's "as of" day, and the verdict on each, from <see cref="DeadlineRule.Judge"/>
/// under the administrator's current rule (<see cref="SitePeriod.Deadlines"/>): the same verdict the administration's
/// report and the insights give.
/// </summary>
public static class ReturnTimeliness
{
    public static IEnumerable<DueReturn> ForProvider(SitePeriod period, SiteRegistry registry, SiteReturns records, int providerId, IEnumerable<Quarter> quarters)
    {
        var contracts = registry.ContractsByProvider[providerId].ToList();
        var returns = records.ReturnsByProvider[providerId].ToDictionary(r => r.QuarterCode);
        foreach (var quarter in quarters)
        {
            if (contracts.Any(c => c.IsActiveIn(quarter)) && Judge(period, providerId, quarter, returns.GetValueOrDefault(quarter.Code)) is { } due)
            {
                yield return due;
            }
        }
    }

    public static IEnumerable<DueReturn> ForQuarter(SitePeriod period, SiteRegistry registry, SiteReturns records, Quarter quarter)
    {
        var returns = records.Returns.Where(r => r.QuarterCode == quarter.Code).ToDictionary(r => r.ProviderId);
        var providers = registry.Contracts.Where(c => c.IsActiveIn(quarter)).Select(c => c.ProviderId).Distinct().Order();
        foreach (var providerId in providers)
        {
            if (Judge(period, providerId, quarter, returns.GetValueOrDefault(providerId)) is { } due)
            {
                yield return due;
            }
        }
    }

    private static DueReturn? Judge(SitePeriod period, int providerId, Quarter quarter, ReturnRow? row)
    {
        var today = DateOnly.FromDateTime(period.AsOf);
        if (!period.Deadlines.IsDue(quarter, today))
        {
            return null;
        }

        var published = row is { IsPublic: true, FirstPublishedAt: { } at } ? at : (DateTime?)null;
        var state = period.Deadlines.Judge(quarter, published is { } p ? DateOnly.FromDateTime(p) : null, today);
        return new DueReturn(providerId, quarter, period.Deadlines.DueDate(quarter), state == TimelinessStatus.Missing ? null : published, state);
    }
}
