using Microsoft.EntityFrameworkCore;
using Transparency.Web.Accounts;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Administration;

/// <summary>
/// The deadline rule administrators set, stored in the <c>deadline-rule</c> portal setting. The returns slice
/// reads <see cref="DueDateAsync"/> when a return becomes due; insights read it to judge timeliness.
/// </summary>
public sealed class DeadlineRules(TransparencyDbContext db, TimeProvider time, AuditTrail audit)
{
    public const string SettingKey = "deadline-rule";

    public Task<DeadlineRule> GetAsync(CancellationToken cancellationToken = default) => ReadAsync(db, cancellationToken);

    /// <summary>
    /// The one reading of the rule: the returns workflow and the insights read it through here, so a rule an
    /// administrator saves is the rule every slice applies.
    /// </summary>
    public static async Task<DeadlineRule> ReadAsync(TransparencyDbContext db, CancellationToken cancellationToken = default)
    {
        var value = await db.Settings.AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken);
        return DeadlineRule.FromSetting(value);
    }

    public async Task<DateOnly> DueDateAsync(Quarter quarter, CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken)).DueDate(quarter);

    public async Task SetAsync(DeadlineRule rule, CancellationToken cancellationToken = default)
    {
        if (rule.MonthsAfterQuarterEnd is < 0 or > DeadlineRule.MaxMonths || rule.ExtraDays is < 0 or > DeadlineRule.MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "The deadline must be 0 to 12 months and 0 to 60 days after the quarter ends.");
        }

        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == SettingKey, cancellationToken);
        if (setting is null)
        {
            setting = new PortalSetting { Key = SettingKey, Value = rule.ToSetting() };
            db.Settings.Add(setting);
        }

        setting.Value = rule.ToSetting();
        setting.UpdatedAt = time.GetUtcNow().UtcDateTime;
        audit.Record("set deadline rule", SettingKey, rule.Describe());
        await db.SaveChangesAsync(cancellationToken);
    }
}
