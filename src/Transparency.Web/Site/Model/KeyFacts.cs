namespace Transparency.Web.Site.Model;

/// <summary>The summary a page opens with, written from its <see cref="KeyFigures"/>: money rounded for reading (£560.9m), exact in the tables below.</summary>
public static class KeyFacts
{
    /// <param name="paid">How the page speaks of funding: "Received" for a provider or contract, "Paid to providers" for a commissioner or sector.</param>
    /// <param name="counts">Whether to show the number of contracts and providers (not on a contract's own page).</param>
    /// <param name="links">Where each figure's detail is.</param>
    public static IReadOnlyList<KeyFact> For(SitePeriod period, KeyFigures figures, string paid, bool counts, KeyFactLinks links)
    {
        var year = period.LatestDue.FinancialYear;
        var facts = new List<KeyFact>
        {
            Money($"{paid} this financial year", figures.ReceivedThisYearPence, $"{year}, up to the end of Q{period.LatestDue.Number}", links.Funding),
            Money($"{paid} in total", figures.ReceivedInWindowPence, $"From {period.Window[0]} to {period.LatestDue}, the quarters this site shows", links.Funding),
        };
        if (counts)
        {
            var providers = figures.Providers is { } p and > 1 ? $"Held by {SiteFormat.Number(p)} providers" : null;
            facts.Add(new KeyFact("Contracts", SiteFormat.Number(figures.Contracts), Note: providers, Href: links.Contracts));
        }

        var ratings = figures.Ratings;
        var rated = $"{{0}} of {SiteFormat.Number(ratings.Results)} KPI {(ratings.Results == 1 ? "result" : "results")} in {period.LatestDue}";
        facts.Add(ratings.Results == 0
            ? new KeyFact("KPI results rated Good", "None reported", Note: $"No KPI results were published for {period.LatestDue}", Href: links.Performance)
            : new KeyFact("KPI results rated Good", SiteFormat.Share(ratings.Good, ratings.Results), Note: string.Format(SiteFormat.Culture, rated, ratings.Good), Href: links.Performance));
        if (ratings.Results > 0)
        {
            facts.Add(new KeyFact("KPI results rated Inadequate", SiteFormat.Share(ratings.Inadequate, ratings.Results), Note: string.Format(SiteFormat.Culture, rated, ratings.Inadequate), Href: links.Performance));
        }

        if (figures.Returns is { } returns)
        {
            facts.Add(returns.Due == 0
                ? new KeyFact("Returns on time", "None due yet", Note: "No quarterly return was due in the last year", Href: links.Returns)
                : new KeyFact("Returns on time", $"{SiteFormat.Number(returns.OnTime)} of {SiteFormat.Number(returns.Due)}", Note: $"Returns due from {period.LastYear[0]} to {period.LatestDue}", Href: links.Returns));
        }

        if (figures.DataQuality is { } quality)
        {
            facts.Add(new KeyFact("Data-quality score", $"{quality.Score} out of 100", Note: "Completeness and consistency of the published returns", Href: links.DataQuality));
        }

        if (figures.SubcontractedPence is { } subcontracted)
        {
            var lastYear = $"of {SiteFormat.PoundsShort(figures.ReceivedLastYearPence)} received from {period.LastYear[0]} to {period.LatestDue}";
            facts.Add(new KeyFact("Passed to subcontractors", SiteFormat.Share(subcontracted, figures.ReceivedLastYearPence),
                Note: $"{SiteFormat.PoundsShort(subcontracted)} {lastYear}", Href: links.Subcontractors));
            if (figures.SmeOrVcsePence is { } small)
            {
                facts.Add(new KeyFact("Passed to small businesses and charities", SiteFormat.Share(small, figures.ReceivedLastYearPence),
                    Note: $"{SiteFormat.PoundsShort(small)} {lastYear}, to subcontractors that are SMEs or VCSEs", Href: links.Subcontractors));
            }
        }

        return facts;
    }

    /// <summary>An amount rounded for reading, with its exact value in pounds for machines.</summary>
    public static KeyFact Money(string label, long pence, string note, string? href) =>
        new(label, SiteFormat.PoundsShort(pence), SiteFormat.PoundsCsv(pence), note, href);
}
