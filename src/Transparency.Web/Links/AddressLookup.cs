using Transparency.Web.Domain;

namespace Transparency.Web.Links;

/// <summary>
/// Finds what an address names. Addresses write identifiers as their slug (<see cref="SiteUrls.Slug"/>); an
/// identifier as registered (<c>GB-COH-01234567</c>) is accepted too, so links written before the canonical form
/// keep working. The slug is matched in SQL by lower-casing and turning the separators org-id identifiers and
/// contract references use into hyphens; one that repeats separators is found by its registered form only.
/// </summary>
public static class AddressLookup
{
    public static IQueryable<Organisation> Organisations(IQueryable<Organisation> organisations, string key)
    {
        var slug = SiteUrls.Slug(key);
        return organisations.Where(o => o.Identifier == key
            || o.Identifier.ToLower().Replace(".", "-").Replace("/", "-").Replace("_", "-").Replace(" ", "-") == slug);
    }

    public static IQueryable<Contract> Contracts(IQueryable<Contract> contracts, string key)
    {
        var slug = SiteUrls.Slug(key);
        return contracts.Where(c => c.Reference == key
            || c.Reference.ToLower().Replace(".", "-").Replace("/", "-").Replace("_", "-").Replace(" ", "-") == slug);
    }
}
