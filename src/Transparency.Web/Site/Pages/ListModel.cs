using Transparency.Web.Site.Model;
namespace Transparency.Web.Site.Pages;

/// <summary>A group of links that narrow a list, such as the letters A to Z or the sectors.</summary>
public sealed record LinkGroup(string Heading, IReadOnlyList<(string Text, string Url)> Links);

/// <summary>A list page: A to Z, a filter, an index. Works without JavaScript: every filter is a page of its own.</summary>
public sealed record ListModel(string Caption, string Heading, string Lead, IReadOnlyList<LinkGroup> Filters, SiteTable? Table);
