namespace Transparency.Web.Domain;

public enum KpiDirection
{
    HigherIsBetter,
    LowerIsBetter,
}
