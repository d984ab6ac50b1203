using Microsoft.EntityFrameworkCore;
using Transparency.Web.Accounts;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Administration.Registry;

/// <summary>Registers organisations from the form or organisations.csv: all rows are checked first; any problem and nothing changes.</summary>
public sealed class OrganisationRegistry(TransparencyDbContext db, TimeProvider time, AuditTrail audit)
{
    public async Task<RegistryResult> RegisterAsync(IReadOnlyList<(int? Row, OrganisationRow Data)> rows, CancellationToken cancellationToken = default)
    {
        var problems = new List<RegistryProblem>();
        var checkedRows = new List<Organisation>();
        var seen = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var (row, data) in rows)
        {
            var before = problems.Count;
            var check = new RowCheck(row, problems);
            var identifier = check.OrganisationId("identifier", data.Identifier, "Enter the organisation's identifier, like GB-COH-01234567 or GB-CHC-1234567");
            var name = check.Text("name", data.Name, 300, "Enter the organisation's name", isName: true);
            var form = check.Choice<LegalForm>("legal_form", data.LegalForm);
            var website = check.Text("website", data.Website, 500);
            if (website is not null && !Assign.IsWebAddress(website))
            {
                check.Problem("website", website, "Enter the full web address, starting with https://");
            }

            if (identifier is not null && !seen.TryAdd(identifier, row))
            {
                check.Problem("identifier", identifier, $"Remove this row or the other row for {identifier} (row {seen[identifier]}): each organisation can appear once");
            }

            var values = new Organisation
            {
                Identifier = identifier ?? string.Empty,
                Name = name ?? string.Empty,
                LegalForm = form ?? LegalForm.Company,
                RegistrationNumber = check.Text("registration_number", data.RegistrationNumber, 40),
                IsSme = check.Flag("sme", data.Sme),
                IsVcse = check.Flag("vcse", data.Vcse),
                Website = website,
            };
            if (problems.Count == before)
            {
                checkedRows.Add(values);
            }
        }

        var skipped = rows.Count - checkedRows.Count;
        if (checkedRows.Count == 0)
        {
            return RegistryResult.Failed(problems, skipped);
        }

        var identifiers = checkedRows.Select(o => o.Identifier).ToList();
        var existing = await db.Organisations.Where(o => identifiers.Contains(o.Identifier)).ToDictionaryAsync(o => o.Identifier, StringComparer.Ordinal, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        int created = 0, updated = 0;
        foreach (var values in checkedRows)
        {
            if (!existing.TryGetValue(values.Identifier, out var organisation))
            {
                values.CreatedAt = values.UpdatedAt = now;
                db.Organisations.Add(values);
                created++;
                continue;
            }

            var changed = Assign.IfChanged(organisation.Name, values.Name, v => organisation.Name = v)
                | Assign.IfChanged(organisation.LegalForm, values.LegalForm, v => organisation.LegalForm = v)
                | Assign.IfChanged(organisation.RegistrationNumber, values.RegistrationNumber, v => organisation.RegistrationNumber = v)
                | Assign.IfChanged(organisation.IsSme, values.IsSme, v => organisation.IsSme = v)
                | Assign.IfChanged(organisation.IsVcse, values.IsVcse, v => organisation.IsVcse = v)
                | Assign.IfChanged(organisation.Website, values.Website, v => organisation.Website = v);
            if (changed)
            {
                organisation.UpdatedAt = now;
                updated++;
            }
        }

        audit.Record("register organisations", $"{checkedRows.Count} rows ({skipped} skipped)", $"{created} created, {updated} updated");
        await db.SaveChangesAsync(cancellationToken);
        return new RegistryResult(created, updated, checkedRows.Count - created - updated, problems, skipped);
    }
}
