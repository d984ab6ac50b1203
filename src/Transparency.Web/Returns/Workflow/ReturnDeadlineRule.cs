using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Workflow;

/// <summary>
/// When a quarter's return is due. An administrator may set the portal setting <c>return-deadline</c> to an
/// ISO 8601 period after the quarter ends (<c>P1M</c>, <c>P1M14D</c>, <c>P45D</c>); without it, or when it cannot
/// be read, the default is one calendar month (<see cref="Quarter.DefaultDeadline"/>).
/// </summary>
public sealed partial class ReturnDeadlineRule(TransparencyDbContext db, ILogger<ReturnDeadlineRule> logger)
{
    public const string SettingKey = "return-deadline";

    public async Task<DateOnly> DueDateAsync(Quarter quarter, CancellationToken cancellationToken = default)
    {
        var value = await db.Settings.AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        if (value is null)
        {
            return quarter.DefaultDeadline;
        }

        if (TryParse(value, out var months, out var days))
        {
            return quarter.DeadlineAfter(months, days);
        }

        logger.LogWarning("The setting {Key} is '{Value}', which is not a period like P1M or P1M14D; using one month", SettingKey, value);
        return quarter.DefaultDeadline;
    }

    public static bool TryParse(string value, out int months, out int days)
    {
        var match = Period().Match(value.Trim());
        months = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        days = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
        return match.Success && (match.Groups["m"].Success || match.Groups["d"].Success) && months <= 24 && days <= 366;
    }

    [GeneratedRegex(@"^P(?:(?<m>\d{1,2})M)?(?:(?<d>\d{1,3})D)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Period();
}
