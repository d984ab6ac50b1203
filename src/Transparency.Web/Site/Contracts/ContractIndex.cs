using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Contracts;

/// <summary>One row of the contracts index.</summary>
public sealed record ContractRow(string Reference, string Title, string Provider, string ProviderIdentifier, string Commissioner, string CommissionerIdentifier,
    Sector Sector, PaymentModel PaymentModel, DateOnly StartDate, DateOnly EndDate, ContractStatus Status);

/// <summary>A page of the contracts index, with the commissioners the filter offers.</summary>
public sealed record ContractIndexPage(ContractFilters Filters, IReadOnlyList<ContractRow> Rows, int Total, DateOnly AsOf,
    IReadOnlyList<(string Slug, string Name)> Commissioners, IReadOnlyList<string> Ignored)
{
    public int Pages => Math.Max(1, (Total + ContractIndex.PageSize - 1) / ContractIndex.PageSize);
}

/// <summary>
/// The contracts index the portal serves at <c>/contracts/</c>: every contract in the registry (each has a page),
/// filtered in the database by sector, commissioner, payment model and status on the site's "as of" day, a page at a time.
/// </summary>
public sealed class ContractIndex(TransparencyDbContext db, IOptions<SiteOptions> options)
{
    public const int PageSize = 50;

    public async Task<ContractIndexPage> ReadAsync(ContractFilters filters, IReadOnlyList<string> ignored, CancellationToken cancellationToken)
    {
        var period = await ReadDatabase.PeriodAsync(db, options.Value, cancellationToken);
        var asOf = DateOnly.FromDateTime(period.AsOf);
        var commissioners = (await db.Organisations.AsNoTracking().Where(o => o.ContractsAsCommissioner.Count > 0)
            .Select(o => new { o.Id, o.Identifier, o.Name }).ToListAsync(cancellationToken))
            .Select(o => (o.Id, Slug: SiteUrls.Slug(o.Identifier), o.Name)).OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id).ToList();
        var messages = ignored.ToList();
        var commissioner = commissioners.FirstOrDefault(c => c.Slug == filters.Commissioner);
        if (filters.Commissioner is not null && commissioner.Slug is null)
        {
            messages.Add("There is no commissioner with that identifier, so every commissioner is shown.");
            filters = filters with { Commissioner = null };
        }

        var query = db.Contracts.AsNoTracking();
        if (filters.Sector is { } sector)
        {
            query = query.Where(c => c.Sector == sector);
        }

        if (filters.PaymentModel is { } model)
        {
            query = query.Where(c => c.PaymentModel == model);
        }

        query = filters.Status switch
        {
            ContractStatus.Active => query.Where(c => c.StartDate <= asOf && c.EndDate >= asOf),
            ContractStatus.NotStarted => query.Where(c => c.StartDate > asOf),
            ContractStatus.Ended => query.Where(c => c.EndDate < asOf),
            _ => query,
        };
        if (filters.Commissioner is not null)
        {
            query = query.Where(c => c.CommissionerId == commissioner.Id);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filters.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query.OrderBy(c => c.Reference).ThenBy(c => c.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new
            {
                c.Reference,
                c.Title,
                Provider = c.Provider!.Name,
                ProviderIdentifier = c.Provider.Identifier,
                Commissioner = c.Commissioner!.Name,
                CommissionerIdentifier = c.Commissioner.Identifier,
                c.Sector,
                c.PaymentModel,
                c.StartDate,
                c.EndDate,
            })
            .ToListAsync(cancellationToken);
        return new ContractIndexPage(filters with { Page = page },
            rows.Select(r => new ContractRow(r.Reference, r.Title, r.Provider, r.ProviderIdentifier, r.Commissioner, r.CommissionerIdentifier, r.Sector, r.PaymentModel,
                r.StartDate, r.EndDate, r.StartDate > asOf ? ContractStatus.NotStarted : r.EndDate < asOf ? ContractStatus.Ended : ContractStatus.Active)).ToList(),
            total, asOf, commissioners.Select(c => (c.Slug, c.Name)).ToList(), messages);
    }
}
