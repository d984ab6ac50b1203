using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.InsightPages;

/// <summary>What one insights page shows: a lead paragraph, key facts, an optional chart (before the first table) and its tables.</summary>
public sealed record InsightPage(string Lead, IReadOnlyList<(string Key, string Value, string? Href)> Facts, string Chart, IReadOnlyList<(string Heading, SiteTable Table)> Sections);
