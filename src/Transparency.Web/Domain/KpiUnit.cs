namespace Transparency.Web.Domain;

public enum KpiUnit
{
    Percentage,
    Count,
    Days,
    Pounds,
    Score,
}
