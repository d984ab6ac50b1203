using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;

namespace Transparency.Web.Insights.Timeliness;

/// <summary>
/// Reads the rule from the portal setting <see cref="DeadlineRule.SettingKey"/>, falling back to the configured
/// default (one month after quarter end unless <c>Insights:DefaultDeadlineMonths</c> says otherwise).
/// </summary>
public sealed class SettingDeadlineRuleSource(TransparencyDbContext db, IOptions<InsightsOptions> options, ILogger<SettingDeadlineRuleSource> logger)
    : IDeadlineRuleSource
{
    public async Task<DeadlineRule> GetAsync(CancellationToken cancellationToken)
    {
        var fallback = new DeadlineRule(options.Value.DefaultDeadlineMonths, options.Value.DefaultDeadlineDays);
        var value = await db.Settings.AsNoTracking()
            .Where(s => s.Key == DeadlineRule.SettingKey)
            .Select(s => s.Value)
            .FirstOrDefaultAsync(cancellationToken);
        if (value is null)
        {
            return fallback;
        }

        var rule = DeadlineRule.TryParse(value);
        if (rule is null)
        {
            logger.LogWarning("The {Setting} setting is not a deadline rule like {{\"months\":1,\"days\":0}}; using {Months} months and {Days} days.",
                DeadlineRule.SettingKey, fallback.Months, fallback.Days);
        }

        return rule ?? fallback;
    }
}
