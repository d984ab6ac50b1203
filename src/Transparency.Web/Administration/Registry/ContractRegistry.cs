using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Accounts;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Administration.Registry;

/// <summary>Registers contracts from the form or contracts.csv; commissioner and provider must already be registered.</summary>
public sealed partial class ContractRegistry(TransparencyDbContext db, TimeProvider time, AuditTrail audit)
{
    public async Task<RegistryResult> RegisterAsync(IReadOnlyList<(int? Row, ContractRow Data)> rows, CancellationToken cancellationToken = default)
    {
        var problems = new List<RegistryProblem>();
        var named = rows.SelectMany(r => new[] { r.Data.Commissioner?.Trim(), r.Data.Provider?.Trim() }).OfType<string>().Distinct().ToList();
        var organisations = await db.Organisations.Where(o => named.Contains(o.Identifier))
            .ToDictionaryAsync(o => o.Identifier, o => o.Id, StringComparer.Ordinal, cancellationToken);
        var checkedRows = new List<Contract>();
        var seen = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var (row, data) in rows)
        {
            var before = problems.Count;
            var check = new RowCheck(row, problems);
            var reference = check.Text("reference", data.Reference, 80, "Enter the contract's reference, like DWP-REST-2025-001");
            var start = check.Date("start_date", data.StartDate, "Enter the date the contract starts, like 2025-04-01");
            var end = check.Date("end_date", data.EndDate, "Enter the date the contract ends, like 2028-03-31");
            if (start is not null && end is not null && end < start)
            {
                check.Problem("end_date", data.EndDate, "Enter an end date on or after the start date");
            }

            var model = check.Choice<PaymentModel>("payment_model", data.PaymentModel);
            var share = check.Number("outcome_payment_share", data.OutcomePaymentShare, 0, 100);
            if (share is not null && model is not PaymentModel.PaymentByResults)
            {
                check.Problem("outcome_payment_share", data.OutcomePaymentShare, "Leave the outcome payment share empty unless the payment model is payment by results");
            }

            var noticeUrl = check.Text("notice_url", data.NoticeUrl, 500);
            if (noticeUrl is not null && !Assign.IsWebAddress(noticeUrl))
            {
                check.Problem("notice_url", noticeUrl, "Enter the full web address of the notice, starting with https://");
            }

            if (reference is not null && !seen.TryAdd(reference, row))
            {
                check.Problem("reference", reference, $"Remove this row or the other row for {reference} (row {seen[reference]}): each contract can appear once");
            }

            var values = new Contract
            {
                Reference = reference ?? string.Empty,
                Title = check.Text("title", data.Title, 500, "Enter the contract's title", isName: true) ?? string.Empty,
                Description = check.Text("description", data.Description, 4000, multiline: true),
                CommissionerId = Organisation(check, organisations, "commissioner", data.Commissioner),
                ProviderId = Organisation(check, organisations, "provider", data.Provider),
                Sector = check.Choice<Sector>("sector", data.Sector) ?? Sector.Other,
                StartDate = start ?? default,
                EndDate = end ?? default,
                TotalValuePence = check.Pence("total_value", data.TotalValue, whenMissing: null),
                PaymentModel = model ?? PaymentModel.Block,
                OutcomePaymentSharePercent = share,
                Ocid = check.Text("ocid", data.Ocid, 120),
                NoticeUrl = noticeUrl,
                Areas = Areas(check, data.Areas),
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

        var (created, updated) = await ApplyAsync(checkedRows, cancellationToken);
        audit.Record("register contracts", $"{checkedRows.Count} rows ({skipped} skipped)", $"{created} created, {updated} updated");
        await db.SaveChangesAsync(cancellationToken);
        return new RegistryResult(created, updated, checkedRows.Count - created - updated, problems, skipped);
    }

    private async Task<(int Created, int Updated)> ApplyAsync(List<Contract> rows, CancellationToken cancellationToken)
    {
        var references = rows.Select(c => c.Reference).ToList();
        var existing = await db.Contracts.Include(c => c.Areas).Where(c => references.Contains(c.Reference))
            .ToDictionaryAsync(c => c.Reference, StringComparer.Ordinal, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        int created = 0, updated = 0;
        foreach (var values in rows)
        {
            if (!existing.TryGetValue(values.Reference, out var contract))
            {
                values.CreatedAt = values.UpdatedAt = now;
                db.Contracts.Add(values);
                created++;
                continue;
            }

            var changed = Assign.IfChanged(contract.Title, values.Title, v => contract.Title = v)
                | Assign.IfChanged(contract.Description, values.Description, v => contract.Description = v)
                | Assign.IfChanged(contract.CommissionerId, values.CommissionerId, v => contract.CommissionerId = v)
                | Assign.IfChanged(contract.ProviderId, values.ProviderId, v => contract.ProviderId = v)
                | Assign.IfChanged(contract.Sector, values.Sector, v => contract.Sector = v)
                | Assign.IfChanged(contract.StartDate, values.StartDate, v => contract.StartDate = v)
                | Assign.IfChanged(contract.EndDate, values.EndDate, v => contract.EndDate = v)
                | Assign.IfChanged(contract.TotalValuePence, values.TotalValuePence, v => contract.TotalValuePence = v)
                | Assign.IfChanged(contract.PaymentModel, values.PaymentModel, v => contract.PaymentModel = v)
                | Assign.IfChanged(contract.OutcomePaymentSharePercent, values.OutcomePaymentSharePercent, v => contract.OutcomePaymentSharePercent = v)
                | Assign.IfChanged(contract.Ocid, values.Ocid, v => contract.Ocid = v)
                | Assign.IfChanged(contract.NoticeUrl, values.NoticeUrl, v => contract.NoticeUrl = v);
            var areas = values.Areas.Select(a => a.AreaCode).ToHashSet(StringComparer.Ordinal);
            var removed = contract.Areas.RemoveAll(a => !areas.Contains(a.AreaCode));
            var added = values.Areas.Where(a => !contract.Areas.Any(existing => existing.AreaCode == a.AreaCode)).ToList();
            contract.Areas.AddRange(added);
            changed |= removed > 0 || added.Count > 0;

            if (changed)
            {
                contract.UpdatedAt = now;
                updated++;
            }
        }

        return (created, updated);
    }

    private static int Organisation(RowCheck check, Dictionary<string, int> organisations, string column, string? value)
    {
        var identifier = check.OrganisationId(column, value, $"Enter the {column}'s organisation identifier, like GB-GOR-D18");
        if (identifier is null)
        {
            return 0;
        }

        if (organisations.TryGetValue(identifier, out var id))
        {
            return id;
        }

        check.Problem(column, identifier, $"Register the organisation {identifier} first, or correct the identifier");
        return 0;
    }

    private static List<ContractArea> Areas(RowCheck check, string? value)
    {
        var codes = (value ?? string.Empty).Split([';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        foreach (var code in codes.Where(c => !GssCode().IsMatch(c)))
        {
            check.Problem("areas", code, "Enter ONS area codes separated by semicolons, like E12000001;E12000002");
        }

        return [.. codes.Where(c => GssCode().IsMatch(c)).Select(c => new ContractArea { AreaCode = c })];
    }

    [GeneratedRegex("^[EWSNK][0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex GssCode();
}
