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
/// supplier) from OCDS files, each file in its own transaction: a file that cannot be read or written is skipped
/// with the reason and the others are still imported. The latest release of each award wins, whichever file it is
/// in, so importing the same files again changes nothing. Fields administrators own (names and legal forms of
/// existing organisations, a contract's sector and payment model) are set only when the record is created.
/// </summary>
public sealed class OcdsImporter(TransparencyDbContext db, TimeProvider time, AuditTrail audit, ILogger<OcdsImporter> logger)
{
    public async Task<OcdsImportReport> ImportAsync(string path, CancellationToken cancellationToken = default)
    {
        var read = OcdsPackageReader.Read(path);
        var report = new OcdsImportReport { Problem = read.Problem };
        var latest = read.Files.Where(f => f.Problem is null)
            .SelectMany(f => f.Awards.Select(a => (File: f.Path, Award: a)))
            .GroupBy(x => (x.Award.Ocid, x.Award.AwardId))
            .Select(g => g.OrderBy(x => x.Award.ReleaseDate).Last())
            .ToLookup(x => x.File, x => x.Award, StringComparer.Ordinal);
        var identities = await LoadIdentitiesAsync(cancellationToken);
        foreach (var file in read.Files)
        {
            var fileReport = new OcdsFileReport(Path.GetFileName(file.Path));
            report.FileReports.Add(fileReport);
            if (file.Problem is not null)
            {
                fileReport.Skipped.Add($"the whole file: {file.Problem}");
                continue;
            }

            var awards = latest[file.Path].OrderBy(a => a.Ocid, StringComparer.Ordinal).ThenBy(a => a.AwardId, StringComparer.Ordinal).ToList();
            var superseded = file.Awards.Count - awards.Count;
            if (superseded > 0)
            {
                fileReport.Notes.Add($"{superseded} of its award releases were left out: a later release of the same award is in another file.");
            }

            await ImportFileAsync(awards, identities, fileReport, cancellationToken);
        }

        return report;
    }

    private async Task ImportFileAsync(List<OcdsAward> awards, OcdsIdentities identities, OcdsFileReport report, CancellationToken cancellationToken)
    {
        var plan = new OcdsPlan(identities);
        foreach (var award in awards)
        {
            plan.Add(award, report);
        }

        report.Awards = awards.Count;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = await ApplyOrganisationsAsync(plan, report, cancellationToken);
            await ApplyContractsAsync(plan, ids, report, cancellationToken);
            audit.Record("import OCDS", report.Name,
                $"{report.OrganisationsCreated} organisations created, {report.OrganisationsUpdated} updated; {report.ContractsCreated} contracts created, {report.ContractsUpdated} updated");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException error)
        {
            // The transaction is rolled back; what the context still tracks from this file must not reach the next one.
            db.ChangeTracker.Clear();
            logger.LogWarning(error, "Skipped the OCDS file {File}", report.Name);
            var reason = error.InnerException?.Message ?? error.Message;
            report.OrganisationsCreated = report.OrganisationsUpdated = report.Flagged = 0;
            report.ContractsCreated = report.ContractsUpdated = report.ContractsUnchanged = 0;
            report.Skipped.Add($"the whole file: the database refused its changes ({reason}). Nothing from this file was imported.");
        }
    }

    /// <summary>The organisations known only by name so far, so a new spelling of one of them finds it.</summary>
    private async Task<OcdsIdentities> LoadIdentitiesAsync(CancellationToken cancellationToken)
    {
        var identities = new OcdsIdentities();
        var local = await db.Organisations.AsNoTracking().Where(o => o.Identifier.StartsWith(OcdsOrganisations.LocalPrefix))
            .OrderBy(o => o.Id).Select(o => new { o.Name, o.Identifier }).ToListAsync(cancellationToken);
        foreach (var organisation in local)
        {
            identities.Add(organisation.Name, organisation.Identifier);
        }

        return identities;
    }

    private async Task<Dictionary<string, int>> ApplyOrganisationsAsync(OcdsPlan plan, OcdsFileReport report, CancellationToken cancellationToken)
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
            report.Flagged += planned.ReviewNote is null ? 0 : 1;
        }

        await db.SaveChangesAsync(cancellationToken);
        return existing.ToDictionary(e => e.Key, e => e.Value.Id, StringComparer.Ordinal);
    }

    private async Task ApplyContractsAsync(OcdsPlan plan, Dictionary<string, int> organisationIds, OcdsFileReport report, CancellationToken cancellationToken)
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
