namespace Transparency.Web.Site.Model;

/// <summary>Where a summary's figures are shown in detail: a section of the same page ("#funding"), another page, or nowhere.</summary>
public sealed record KeyFactLinks(string? Funding, string? Contracts, string? Performance, string? Returns, string? DataQuality, string? Subcontractors)
{
    /// <summary>The sections of a page that shows every figure itself, as the provider page does.</summary>
    public static KeyFactLinks ThisPage { get; } = new("#funding", "#contracts", "#performance", "#returns-on-time", "#data-quality", "#subcontractors");
}
