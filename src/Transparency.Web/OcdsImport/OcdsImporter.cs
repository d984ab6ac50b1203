using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Accounts;
using Transparency.Web.Administration.Registry;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.OcdsImport;

/// <summary>
/// Creates or updates commissioners (buyers), providers (award suppliers) and contracts (one per award and
/// supplier) from OCDS files, in one transaction. The latest release of each award wins, so importing the same
/// files again changes nothing. Fields administrators own (names and legal forms of existing organisations, a
/// contract's sector and payment model) are set only when the record is created.
/// </summary>
public sealed class OcdsImporter(TransparencyDbContext db, TimeProvider time, AuditTrail audit)
{
    public async Task<OcdsImportReport> ImportAsync(string path, CancellationToken cancellationToken = default)
    {
        var read = OcdsPackageReader.Read(path);
        var report = new OcdsImportReport { Files = read.Files };
        report.Errors.AddRange(read.Errors);
        if (report.Errors.Count > 0)
        {
            return report;
        }

        var awards = read.Awards
            .GroupBy(a => (a.Ocid, a.AwardId))
            .Select(g => g.OrderBy(a => a.ReleaseDate).Last())
            .OrderBy(a => a.Ocid, StringComparer.Ordinal).ThenBy(a => a.AwardId, StringComparer.Ordinal)
            .ToList();
        report.Awards = awards.Count;

        var plan = new OcdsPlan();
        foreach (var award in awards)
        {
            plan.Add(award, report);
        }

        report.Flagged = plan.Organisations.Values.Count(o => o.ReviewNote is not null);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await ApplyOrganisationsAsync(plan, report, cancellationToken);
        await ApplyContractsAsync(plan, ids, report, cancellationToken);
        audit.Record("import OCDS", Path.GetFileName(Path.TrimEndingDirectorySeparator(path)),
            $"{report.OrganisationsCreated} organisations created, {report.OrganisationsUpdated} updated; {report.ContractsCreated} contracts created, {report.ContractsUpdated} updated");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    private async Task<Dictionary<string, int>> ApplyOrganisationsAsync(OcdsPlan plan, OcdsImportReport report, CancellationToken cancellationToken)
    {
        var identifiers = plan.Organisations.Keys.ToList();
        var existing = await db.Organisations.Where(o => identifiers.Contains(o.Identifier)).ToDictionaryAsync(o => o.Identifier, StringComparer.Ordinal, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (identifier, planned) in plan.Organisations)
        {
            if (existing.TryGetValue(identifier, out var organisation))
            {
                // The review flag is raised only when the import creates the organisation: once an administrator
                // has reviewed and cleared it, importing the same file again must not raise it again.
                var changed = (planned.Sme is { } sme && Assign.IfChanged(organisation.IsSme, sme, v => organisation.IsSme = v))
                    | (planned.Vcse is { } vcse && Assign.IfChanged(organisation.IsVcse, vcse, v => organisation.IsVcse = v));
                if (changed)
                {
                    organisation.UpdatedAt = now;
                    report.OrganisationsUpdated++;
                }

                continue;
            }

            existing[identifier] = db.Organisations.Add(new Organisation
            {
                Identifier = identifier,
                Name = Truncate(planned.Name, 300),
                LegalForm = planned.LegalForm,
                IsSme = planned.Sme ?? false,
                IsVcse = planned.Vcse ?? false,
                ReviewNote = planned.ReviewNote,
                CreatedAt = now,
                UpdatedAt = now,
            }).Entity;
            report.OrganisationsCreated++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return existing.ToDictionary(e => e.Key, e => e.Value.Id, StringComparer.Ordinal);
    }

    private async Task ApplyContractsAsync(OcdsPlan plan, Dictionary<string, int> organisationIds, OcdsImportReport report, CancellationToken cancellationToken)
    {
        var references = plan.Contracts.Select(c => c.Reference).ToList();
        var existing = await db.Contracts.Where(c => references.Contains(c.Reference)).ToDictionaryAsync(c => c.Reference, StringComparer.Ordinal, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var planned in plan.Contracts)
        {
            var commissionerId = organisationIds[planned.Buyer];
            var providerId = organisationIds[planned.Supplier];
            if (!existing.TryGetValue(planned.Reference, out var contract))
            {
                db.Contracts.Add(new Contract
                {
                    Reference = planned.Reference,
                    Title = planned.Title,
                    Description = planned.Description,
                    CommissionerId = commissionerId,
                    ProviderId = providerId,
                    Sector = planned.Sector,
                    StartDate = planned.Start,
                    EndDate = planned.End,
                    TotalValuePence = planned.ValuePence,
                    PaymentModel = PaymentModel.Block,
                    Ocid = planned.Ocid,
                    NoticeUrl = planned.NoticeUrl,
                    CreatedAt = now,
                    UpdatedAt = now,
                });
                report.ContractsCreated++;
                continue;
            }

            var changed = Assign.IfChanged(contract.Title, planned.Title, v => contract.Title = v)
                | Assign.IfChanged(contract.Description, planned.Description, v => contract.Description = v)
                | Assign.IfChanged(contract.CommissionerId, commissionerId, v => contract.CommissionerId = v)
                | Assign.IfChanged(contract.ProviderId, providerId, v => contract.ProviderId = v)
                | Assign.IfChanged(contract.StartDate, planned.Start, v => contract.StartDate = v)
                | Assign.IfChanged(contract.EndDate, planned.End, v => contract.EndDate = v)
                | Assign.IfChanged(contract.TotalValuePence, planned.ValuePence, v => contract.TotalValuePence = v)
                | Assign.IfChanged(contract.Ocid, planned.Ocid, v => contract.Ocid = v)
                | Assign.IfChanged(contract.NoticeUrl, planned.NoticeUrl, v => contract.NoticeUrl = v);
            if (changed)
            {
                contract.UpdatedAt = now;
                report.ContractsUpdated++;
            }
            else
            {
                report.ContractsUnchanged++;
            }
        }
    }

    /// <summary>OCDS- and 16 hex digits of the SHA-256 of ocid, award and supplier: stable, unique and short enough.</summary>
    public static string ContractReference(string ocid, string awardId, string supplierIdentifier) =>
        "OCDS-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{ocid}|{awardId}|{supplierIdentifier}")))[..16];

    public static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";

    internal static string Pounds(decimal amount) => amount.ToString("N2", CultureInfo.GetCultureInfo("en-GB"));
}
