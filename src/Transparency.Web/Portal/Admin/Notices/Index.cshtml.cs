using Microsoft.AspNetCore.Mvc.RazorPages;
using Transparency.Web.PerformanceNotices;

namespace Transparency.Web.Portal.Admin.Notices;

/// <summary>Every contract with KPIs, those over £5 million first, with its latest contract performance notice.</summary>
public sealed class IndexModel(NoticeContracts contracts) : PageModel
{
    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }

    public bool HasNext => PageNumber * NoticeContracts.PageSize < Total;

    public IReadOnlyList<NoticeContractRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, page ?? 1);
        Total = await contracts.CountAsync(cancellationToken);
        Rows = await contracts.PageAsync(PageNumber, cancellationToken);
    }
}
