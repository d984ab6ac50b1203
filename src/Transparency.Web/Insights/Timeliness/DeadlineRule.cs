using System.Text.Json;
using Transparency.Web.Domain;

namespace Transparency.Web.Insights.Timeliness;

/// <summary>
/// When a quarter's return is due: <see cref="Months"/> calendar months and <see cref="Days"/> days after the
/// quarter ends. The default, one month, makes 2025-26 Q1 (April to June) due on 31 July 2025.
/// </summary>
public sealed record DeadlineRule(int Months, int Days)
{
    /// <summary>The portal setting an administrator uses to change the rule, as JSON: <c>{"months":1,"days":0}</c>.</summary>
    public const string SettingKey = "deadline-rule";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static DeadlineRule Default { get; } = new(1, 0);

    public DateOnly DeadlineFor(Quarter quarter) => quarter.DeadlineAfter(Months, Days);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads the setting's value; null when it is not a rule with non-negative months and days.</summary>
    public static DeadlineRule? TryParse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var rule = JsonSerializer.Deserialize<DeadlineRule>(json, Json);
            return rule is { Months: >= 0 and <= 12, Days: >= 0 and <= 366 } ? rule : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
