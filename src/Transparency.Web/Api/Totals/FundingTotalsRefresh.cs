using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Api.Totals;

/// <summary>
/// Rewrites <c>FundingTotals</c> and <c>FundingContractTotals</c> rows from the published funding lines: for a list of contracts, or for a range of
/// contract ids. Both statements run in the caller's transaction; running them twice gives the same rows.
/// </summary>
public static class FundingTotalsRefresh
{
    public static Task ForContractsAsync(TransparencyDbContext db, IReadOnlyCollection<int> contractIds, CancellationToken cancellationToken)
    {
        if (contractIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        // Ids are integers formatted here, never text from outside, so they can be written into the statement.
        var list = string.Join(',', contractIds.Distinct().Order().Select(id => id.ToString(CultureInfo.InvariantCulture)));
        return RewriteAsync(db, $"IN ({list})", cancellationToken);
    }

    /// <summary>Contracts with ids from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    public static Task ForRangeAsync(TransparencyDbContext db, int from, int to, CancellationToken cancellationToken) =>
        RewriteAsync(db, string.Create(CultureInfo.InvariantCulture, $">= {from} AND \"ContractId\" < {to}"), cancellationToken);

    private static async Task RewriteAsync(TransparencyDbContext db, string contracts, CancellationToken cancellationToken)
    {
        var delete = $"""DELETE FROM "FundingTotals" WHERE "ContractId" {contracts}""";
        var insert = $"""
            INSERT INTO "FundingTotals" ("ContractId", "QuarterCode", "PaymentType", "AmountPence", "Lines")
            SELECT "ContractId", "QuarterCode", "PaymentType", SUM("AmountPence"), COUNT(*)
            FROM "Funding" AS f
            WHERE "ContractId" {contracts}
              AND EXISTS (SELECT 1 FROM "ReturnVersions" AS v WHERE v."Id" = f."ReturnVersionId" AND v."Status" = {PublicStatus.CurrentSql})
            GROUP BY "ContractId", "QuarterCode", "PaymentType"
            """;
        var deleteAllTime = $"""DELETE FROM "FundingContractTotals" WHERE "ContractId" {contracts}""";
        var insertAllTime = $"""
            INSERT INTO "FundingContractTotals" ("ContractId", "PaymentType", "AmountPence", "Lines")
            SELECT "ContractId", "PaymentType", SUM("AmountPence"), SUM("Lines")
            FROM "FundingTotals"
            WHERE "ContractId" {contracts}
            GROUP BY "ContractId", "PaymentType"
            """;
        foreach (var statement in new[] { delete, insert, deleteAllTime, insertAllTime })
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
    }
}
