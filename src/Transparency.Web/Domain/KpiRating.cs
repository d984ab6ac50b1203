namespace Transparency.Web.Domain;

/// <summary>
/// The Procurement Act 2023 KPI rating scale used in contract performance notices (UK9).
/// </summary>
public enum KpiRating
{
    Good,
    ApproachingTarget,
    RequiresImprovement,
    Inadequate,
    Other,
}
