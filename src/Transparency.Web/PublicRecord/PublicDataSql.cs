namespace Transparency.Web.PublicRecord;

/// <summary>
/// The SQL behind the API's quarterly entity sets. Each is a plain subquery over one stored table that the
/// engines flatten into the outer query, so indexes still apply. Only the quarter's start date and financial
/// year differ per engine (<see cref="QuarterPresentation"/>); everything else is shared. Drafts and withdrawn versions are filtered out here,
/// once, so no query path (entity set, navigation or $expand) can reach them.
/// </summary>
public sealed class PublicDataSql
{
    // SQLite (3.53) turns a plain EXISTS into a semi-join and, for a query it expects to read many rows, first builds a
    // Bloom filter over every published version: 45 ms before a 100-row page that needs 0.1 ms. LIMIT 1 keeps the
    // check a correlated lookup by primary key, which is as fast for a year's total and far faster for pages.
    public static readonly PublicDataSql Sqlite = new(QuarterPresentation.Sqlite, " LIMIT 1");

    public static readonly PublicDataSql Postgres = new(QuarterPresentation.Postgres, string.Empty);

    private static readonly string Published = PublicStatus.CurrentSql;

    private readonly QuarterPresentation.Sql _quarter;
    private readonly string _oneVersion;

    private PublicDataSql(QuarterPresentation.Sql quarter, string oneVersion)
    {
        _quarter = quarter;
        _oneVersion = oneVersion;
    }

    /// <summary>
    /// The facts of current published versions from one fact table, with the quarter columns added. EXISTS rather
    /// than IN: SQLite runs IN by listing every published version (400,000 at national scale) before each query,
    /// while EXISTS looks up only the versions of the rows the rest of the query chose by its own index.
    /// </summary>
    public string Facts(string table) =>
        $"""
        SELECT t.*, {Quarter("t")}
        FROM "{table}" AS t
        WHERE EXISTS (SELECT 1 FROM "ReturnVersions" AS v WHERE v."Id" = t."ReturnVersionId" AND v."Status" = {Published}{_oneVersion})
        """;

    /// <summary>
    /// Current published funding added up by contract, quarter and payment type, shaped as funding rows (no line id,
    /// version or description) for the aggregations that can read totals instead of lines (<c>Api/Totals</c>).
    /// </summary>
    public string FundingTotals() =>
        $"""
        SELECT CAST(0 AS bigint) AS "Id", 0 AS "ReturnVersionId", CAST(NULL AS text) AS "Description",
               t."ContractId", t."PaymentType", t."AmountPence", {Quarter("t")}
        FROM "FundingTotals" AS t
        """;

    /// <summary>
    /// Current published funding added up by contract and payment type over all time, shaped as funding rows whose
    /// quarter columns are empty: only for aggregations that neither filter nor group by a quarter.
    /// </summary>
    public static string FundingContractTotals() =>
        """
        SELECT CAST(0 AS bigint) AS "Id", 0 AS "ReturnVersionId", CAST(NULL AS text) AS "Description",
               t."ContractId", t."PaymentType", t."AmountPence",
               CAST(NULL AS integer) AS "Quarter", CAST(NULL AS date) AS "QuarterStart", CAST(NULL AS text) AS "FinancialYear"
        FROM "FundingContractTotals" AS t
        """;

    /// <summary>Organisations with the name of their ultimate owner: their group, or themselves when independent.</summary>
    public static string Organisations() =>
        """
        SELECT o.*, COALESCE(g."Name", o."Name") AS "OwnerName"
        FROM "Organisations" AS o
        LEFT JOIN "ParentGroups" AS g ON g."Id" = o."ParentGroupId"
        """;

    /// <summary>One row per return that has a published version: the return as it currently stands.</summary>
    public string CurrentReturns() =>
        $"""
        SELECT r."Id", v."Id" AS "VersionId", v."VersionNumber", r."ProviderId", {Quarter("r")}, r."DueDate",
               COALESCE(r."FirstPublishedAt", v."PublishedAt") AS "FirstPublishedAt", v."PublishedAt", v."RestatementReason"
        FROM "Returns" AS r
        INNER JOIN "ReturnVersions" AS v ON v."ReturnId" = r."Id" AND v."Status" = {Published}
        """;

    /// <summary>Published and superseded versions: the public history. Drafts and withdrawn versions never appear.</summary>
    public string PublicVersions() =>
        $"""
        SELECT v."Id", v."ReturnId", v."VersionNumber", v."Status", (v."Status" = {Published}) AS "IsCurrent",
               v."SupersedesVersionId", v."RestatementReason", r."ProviderId", {Quarter("r")}, v."PublishedAt",
               v."FileSha256", v."Format"
        FROM "ReturnVersions" AS v
        INNER JOIN "Returns" AS r ON r."Id" = v."ReturnId"
        WHERE v."Status" IN ({Published}, {PublicStatus.ReplacedSql}) AND v."VersionNumber" IS NOT NULL AND v."PublishedAt" IS NOT NULL
        """;

    private string Quarter(string alias)
    {
        var code = $"{alias}.\"QuarterCode\"";
        return $"{code} AS \"Quarter\", {_quarter.Start(code)} AS \"QuarterStart\", {_quarter.FinancialYear(code)} AS \"FinancialYear\"";
    }
}
