using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>
/// Which returns were due by the site's "as of" day, and the verdict on each, from <see cref="DeadlineRule.Judge"/>
/// under the administrator's current rule (<see cref="SiteData.Deadlines"/>): the same verdict the administration's
/// report and the insights give.
/// </summary>
public static class ReturnTimeliness
{
    public static IEnumerable<DueReturn> ForProvider(SiteData data, int providerId, IEnumerable<Quarter> quarters)
    {
        var contracts = data.ContractsByProvider[providerId].ToList();
        var returns = data.ReturnsByProvider[providerId].ToDictionary(r => r.QuarterCode);
        foreach (var quarter in quarters)
        {
            if (contracts.Any(c => c.IsActiveIn(quarter)) && Judge(data, providerId, quarter, returns.GetValueOrDefault(quarter.Code)) is { } due)
            {
                yield return due;
            }
        }
    }

    public static IEnumerable<DueReturn> ForQuarter(SiteData data, Quarter quarter)
    {
        var returns = data.Returns.Where(r => r.QuarterCode == quarter.Code).ToDictionary(r => r.ProviderId);
        var providers = data.Contracts.Where(c => c.IsActiveIn(quarter)).Select(c => c.ProviderId).Distinct().Order();
        foreach (var providerId in providers)
        {
            if (Judge(data, providerId, quarter, returns.GetValueOrDefault(providerId)) is { } due)
            {
                yield return due;
            }
        }
    }

    private static DueReturn? Judge(SiteData data, int providerId, Quarter quarter, ReturnRow? row)
    {
        var today = DateOnly.FromDateTime(data.AsOf);
        if (!data.Deadlines.IsDue(quarter, today))
        {
            return null;
        }

        var published = row is { IsPublic: true, FirstPublishedAt: { } at } ? at : (DateTime?)null;
        var state = data.Deadlines.Judge(quarter, published is { } p ? DateOnly.FromDateTime(p) : null, today);
        return new DueReturn(providerId, quarter, data.Deadlines.DueDate(quarter), state == TimelinessStatus.Missing ? null : published, state);
    }
}
