using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>Public funding for one contract, quarter and payment type, summed in the database.</summary>
public readonly record struct FundingPoint(int ContractId, int QuarterCode, PaymentType PaymentType, long AmountPence);

/// <summary>One public KPI result: for the whole service, or one cohort, and for the whole contract or one area (<see cref="AreaCode"/>).</summary>
public sealed record KpiPoint(
    int KpiId, int ContractId, int QuarterCode, string? Cohort, string? AreaCode, double Actual, long? Numerator, long? Denominator, KpiRating Rating, bool RatingDerived);

public sealed record SatisfactionPoint(int ContractId, int QuarterCode, string Measure, SatisfactionMethod Method, int Respondents, double PercentPositive, double? PercentNegative);

/// <summary>A subcontract as reported over the last four quarters: paid in that year, total value, latest rating.</summary>
public sealed record SubcontractLine(int ContractId, int SubcontractorId, string Service, long PaidLastYearPence, long? TotalValuePence, KpiRating? LatestRating);

/// <summary>A return, with whether it has a public (published) version now, which is what timeliness counts.</summary>
public sealed record ReturnRow(int Id, int ProviderId, int QuarterCode, DateOnly DueDate, DateTime? FirstPublishedAt, bool IsPublic);

public sealed record VersionRow(
    int Id, int ReturnId, int? VersionNumber, ReturnVersionStatus Status, int? SupersedesVersionId, string? RestatementReason,
    DateTime? PublishedAt, DateTime? WithdrawnAt, string? WithdrawalReason);

/// <summary>
/// A figure in a restated or superseded return version, so two versions can be compared line by line:
/// funding per contract and payment type (<see cref="KpiId"/> 0), or a KPI result per cohort and area.
/// </summary>
public sealed record VersionFigure(int VersionId, int ContractId, int KpiId, string Detail, string Area, double Value, KpiRating? Rating)
{
    public bool IsFunding => KpiId == 0;

    /// <summary>A KPI is reported once per cohort and area, so all three are part of what identifies a line.</summary>
    public (int, int, string, string) Key => (ContractId, KpiId, Detail, Area);
}
