using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>
/// Which returns were due, and whether each came on time, late or not at all. A return is due for every
/// quarter in which a provider has an active contract, once the quarter's deadline has passed; it is on time
/// when first published by the end of its due date (UTC). The deadline is the default one month after the
/// quarter ends unless the return records another.
/// </summary>
public static class ReturnTimeliness
{
    public static IEnumerable<DueReturn> ForProvider(SiteData data, int providerId, IEnumerable<Quarter> quarters)
    {
        var contracts = data.ContractsByProvider[providerId].ToList();
        var returns = data.ReturnsByProvider[providerId].ToDictionary(r => r.QuarterCode);
        var today = DateOnly.FromDateTime(data.AsOf);
        foreach (var quarter in quarters)
        {
            if (contracts.Any(c => c.IsActiveIn(quarter)) && Judge(providerId, quarter, returns.GetValueOrDefault(quarter.Code), today) is { } due)
            {
                yield return due;
            }
        }
    }

    public static IEnumerable<DueReturn> ForQuarter(SiteData data, Quarter quarter)
    {
        var returns = data.Returns.Where(r => r.QuarterCode == quarter.Code).ToDictionary(r => r.ProviderId);
        var today = DateOnly.FromDateTime(data.AsOf);
        var providers = data.Contracts.Where(c => c.IsActiveIn(quarter)).Select(c => c.ProviderId).Distinct().Order();
        foreach (var providerId in providers)
        {
            if (Judge(providerId, quarter, returns.GetValueOrDefault(providerId), today) is { } due)
            {
                yield return due;
            }
        }
    }

    private static DueReturn? Judge(int providerId, Quarter quarter, ReturnRow? row, DateOnly today)
    {
        var dueDate = row?.DueDate ?? quarter.DefaultDeadline;
        if (dueDate >= today)
        {
            return null;
        }

        var published = row?.FirstPublishedAt is { } at && DateOnly.FromDateTime(at) < today.AddDays(1) ? row.FirstPublishedAt : null;
        var state = published is null ? ReturnState.Missing
            : DateOnly.FromDateTime(published.Value) <= dueDate ? ReturnState.OnTime
            : ReturnState.Late;
        return new DueReturn(providerId, quarter, dueDate, published, state);
    }
}
