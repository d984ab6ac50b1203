using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Insights;

namespace Transparency.Web.PublicRecord;

/// <summary>
/// The public record as queries: the facts held by the one current version of each return (see
/// <see cref="PublicStatus"/> for what is public). Insights, notices and the site's
/// comparisons start from these, so none of them restates the rule.
/// </summary>
internal static class Published
{
    public static IQueryable<ReturnVersion> Versions(TransparencyDbContext db) =>
        db.ReturnVersions.Where(PublicStatus.IsCurrentVersion);

    // Publication is checked with EXISTS on the version's key rather than a join: a join lets SQLite start from
    // the (unselective) published versions and read every fact, where EXISTS keeps it on the facts' own
    // quarter and contract indexes and checks each row's version by primary key.
    public static IQueryable<FundingRecord> Funding(TransparencyDbContext db, InsightsPeriod period) =>
        db.Funding.Where(f => f.QuarterCode >= period.FromCode && f.QuarterCode <= period.ToCode
            && db.ReturnVersions.Any(v => v.Id == f.ReturnVersionId && v.Status == PublicStatus.Current));

    /// <summary>
    /// Each contract's published funding for the period, added up before anything is joined to it: labelling
    /// tens of thousands of contract totals with their provider, group and commissioner is far cheaper than
    /// labelling hundreds of thousands of funding lines. A contract appears when it has any published line.
    /// </summary>
    public static IQueryable<ContractAmount> FundingByContract(TransparencyDbContext db, InsightsPeriod period) =>
        Funding(db, period).GroupBy(f => f.ContractId).Select(g => new ContractAmount { ContractId = g.Key, AmountPence = g.Sum(f => f.AmountPence) });

    public static IQueryable<KpiResult> KpiResults(TransparencyDbContext db) =>
        db.KpiResults.Where(r => db.ReturnVersions.Any(v => v.Id == r.ReturnVersionId && v.Status == PublicStatus.Current));

    public static IQueryable<SubcontractRecord> Subcontracts(TransparencyDbContext db, InsightsPeriod period) =>
        db.Subcontracts.Where(s => s.QuarterCode >= period.FromCode && s.QuarterCode <= period.ToCode
            && db.ReturnVersions.Any(v => v.Id == s.ReturnVersionId && v.Status == PublicStatus.Current));

    /// <summary>
    /// Contracts with the quarters their term touches, as the quarter codes stored beside the dates (see
    /// <see cref="Contract.FirstQuarterCode"/>), so a contract is active in quarter <c>q</c> exactly when
    /// <c>FirstQuarterCode &lt;= q &lt;= LastQuarterCode</c> (the same rule as <see cref="Contract.IsActiveIn"/>).
    /// </summary>
    public static IQueryable<ContractTerm> ContractTerms(TransparencyDbContext db) =>
        db.Contracts.Select(c => new ContractTerm
        {
            ContractId = c.Id,
            ProviderId = c.ProviderId,
            FirstQuarterCode = c.FirstQuarterCode,
            LastQuarterCode = c.LastQuarterCode,
        });
}
