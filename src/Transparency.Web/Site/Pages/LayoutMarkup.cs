using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>
/// The parts of <see cref="Layout"/> that are the same on many pages, written once and reused: the header with the
/// service navigation (one per highlighted section) and the footer (one per build). The markup is exactly what the
/// Razor template wrote, whitespace included.
/// </summary>
public static class LayoutMarkup
{
    private static readonly (string Text, string Url, string Section)[] Sections =
    [
        ("Providers", SiteUrls.Providers, "providers"),
        ("Contracts", SiteUrls.Contracts, "contracts"),
        ("Commissioners", SiteUrls.Commissioners, "commissioners"),
        ("Sectors", SiteUrls.Sectors, "sectors"),
        ("Insights", SiteUrls.Insights, "insights"),
        ("Late and missing returns", SiteUrls.LateAndMissing, "returns"),
        ("Search", SiteUrls.Search, "search"),
        ("About", SiteUrls.Content("about"), "about"),
    ];

    private static readonly ConcurrentDictionary<string, string> Headers = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<SiteContext, string> Footers = [];

    /// <summary>The generic header and the service navigation with <paramref name="section"/> highlighted.</summary>
    public static string Header(string? section) => Headers.GetOrAdd(section ?? string.Empty, WriteHeader);

    /// <summary>The footer: the content pages, the sitemap and the date the figures run to.</summary>
    public static string Footer(SiteContext site) => Footers.GetValue(site, WriteFooter);

    private static string WriteHeader(string section)
    {
        var html = new StringBuilder(2048);
        html.Append("<header class=\"govuk-generic-header\"><div class=\"govuk-generic-header__container govuk-width-container\"><div class=\"govuk-generic-header__logo\">")
            .Append("<a href=\"/\" class=\"govuk-generic-header__homepage-link\">Transparency</a></div></div></header>\n    ")
            .Append("<section aria-label=\"Site sections\" class=\"govuk-service-navigation\" data-module=\"govuk-service-navigation\"><div class=\"govuk-width-container\">")
            .Append("<div class=\"govuk-service-navigation__container\"><nav aria-label=\"Menu\" class=\"govuk-service-navigation__wrapper\">")
            .Append("<button type=\"button\" class=\"govuk-service-navigation__toggle govuk-js-service-navigation-toggle\" aria-controls=\"navigation\" hidden aria-hidden=\"true\">Menu</button>\n")
            .Append("                    <ul class=\"govuk-service-navigation__list\" id=\"navigation\">");
        foreach (var (text, url, key) in Sections)
        {
            var (href, name) = (TableMarkup.Encode(url), TableMarkup.Encode(text));
            html.Append(key == section
                ? $"<li class=\"govuk-service-navigation__item govuk-service-navigation__item--active\"><a class=\"govuk-service-navigation__link\" href=\"{href}\" aria-current=\"true\"><strong class=\"govuk-service-navigation__active-fallback\">{name}</strong></a></li>"
                : $"<li class=\"govuk-service-navigation__item\"><a class=\"govuk-service-navigation__link\" href=\"{href}\">{name}</a></li>");
        }

        return html.Append("</ul></nav></div></div></section>").ToString();
    }

    private static string WriteFooter(SiteContext site)
    {
        var html = new StringBuilder(2048);
        html.Append("<footer class=\"govuk-footer\"><div class=\"govuk-width-container\"><div class=\"govuk-footer__meta\"><div class=\"govuk-footer__meta-item govuk-footer__meta-item--grow\">")
            .Append("<h2 class=\"govuk-visually-hidden\">About this site</h2>\n                    <ul class=\"govuk-footer__inline-list\">");
        foreach (var content in site.ContentPages)
        {
            html.Append("<li class=\"govuk-footer__inline-list-item\"><a class=\"govuk-footer__link\" href=\"").Append(TableMarkup.Encode(SiteUrls.Content(content.Slug)))
                .Append("\">").Append(TableMarkup.Encode(content.Title)).Append("</a></li>");
        }

        return html.Append("<li class=\"govuk-footer__inline-list-item\"><a class=\"govuk-footer__link\" href=\"/sitemap.xml\">Sitemap</a></li></ul>\n")
            .Append("                    <p class=\"govuk-footer__meta-custom\">Figures as published up to ").Append(TableMarkup.Encode(SiteFormat.Date(site.AsOf)))
            .Append(". Data is available under the Open Government Licence v3.0 unless a page says otherwise.</p></div></div></div></footer>").ToString();
    }
}
