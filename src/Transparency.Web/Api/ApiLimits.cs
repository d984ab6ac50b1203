namespace Transparency.Web.Api;

/// <summary>The fixed bounds of every public query. They are part of the documented contract, so they are not settings.</summary>
public static class ApiLimits
{
    /// <summary>Rows per page when the client does not ask for a page size.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The most rows a page can hold, whatever <c>Prefer: odata.maxpagesize</c> asks for.</summary>
    public const int MaxPageSize = 1000;

    public const int MaxTop = 1000;

    /// <summary>Deep <c>$skip</c> makes the database count past every skipped row; the nextLink pages by key instead.</summary>
    public const int MaxSkip = 100_000;

    public const int MaxExpansionDepth = 3;

    /// <summary>Nodes in a <c>$filter</c> or <c>$expand</c> tree: generous for real questions, small enough to refuse machine-made ones.</summary>
    public const int MaxNodeCount = 100;

    public const int MaxAnyAllExpressionDepth = 2;

    public const int MaxOrderByNodeCount = 5;
}
