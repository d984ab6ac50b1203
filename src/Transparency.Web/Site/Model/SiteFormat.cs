using System.Globalization;
using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>How figures read on the page: en-GB, whatever the machine's culture, so output is the same everywhere.</summary>
public static class SiteFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

    public static string Number(long value) => value.ToString("N0", Culture);

    public static string Percent(double value) => value.ToString("0.0", Culture) + "%";

    public static string Share(long part, long whole) => whole == 0 ? "none due" : Percent(100.0 * part / whole);

    public static string Pounds(long pence) => Money.Format(pence);

    /// <summary>What pages show for a total value the register or a return leaves empty ("not known").</summary>
    public const string NotStated = "Not stated";

    public static string Pounds(long? pence) => pence is { } known ? Money.Format(known) : NotStated;

    public static string PoundsShort(long pence) => Money.FormatShort(pence);

    /// <summary>Pounds as a plain number for CSV files: 1234.56.</summary>
    public static string PoundsCsv(long pence) => Money.Plain(pence);

    /// <summary>An empty CSV cell for a value not stated, so the column stays numeric.</summary>
    public static string PoundsCsv(long? pence) => pence is { } known ? PoundsCsv(known) : string.Empty;

    public static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Date(DateTime moment) => moment.ToString("d MMMM yyyy", Culture);

    public static string IsoDate(DateTime moment) => moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string KpiValue(double value, KpiUnit unit) => unit switch
    {
        KpiUnit.Percentage => Percent(value),
        KpiUnit.Count => value.ToString("N0", Culture),
        KpiUnit.Days => value.ToString("0.#", Culture) + (Math.Abs(value - 1) < double.Epsilon ? " day" : " days"),
        KpiUnit.Pounds => "£" + value.ToString("N0", Culture),
        _ => value.ToString("0.##", Culture),
    };

    /// <summary>A KPI value as an axis tick: as <see cref="KpiValue"/> but without trailing zeros (75%, not 75.0%).</summary>
    public static string KpiAxisValue(double value, KpiUnit unit) => unit switch
    {
        KpiUnit.Percentage => value.ToString("0.##", Culture) + "%",
        KpiUnit.Days => value.ToString("0.##", Culture) + (Math.Abs(value - 1) < double.Epsilon ? " day" : " days"),
        _ => KpiValue(value, unit),
    };

    public static string SectorName(Sector sector) => sector switch
    {
        Sector.SocialCare => "Social care",
        _ => sector.ToString(),
    };

    public static string LegalFormName(LegalForm form) => form switch
    {
        LegalForm.Company => "Company",
        LegalForm.Charity => "Charity",
        LegalForm.MutualOrSocialEnterprise => "Mutual or social enterprise",
        _ => "Public body",
    };

    public static string PaymentModelName(PaymentModel model) => model switch
    {
        PaymentModel.Block => "Block contract",
        PaymentModel.FeeForService => "Fee for service",
        PaymentModel.PaymentByResults => "Payment by results",
        _ => "Grant",
    };

    public static string PaymentTypeName(PaymentType type) => type switch
    {
        PaymentType.Fee => "Fees",
        PaymentType.OutcomePayment => "Outcome payments",
        PaymentType.Grant => "Grant",
        _ => "Service credit deductions",
    };

    public static string KindName(KpiKind kind) => kind switch
    {
        KpiKind.Input => "Input",
        KpiKind.Output => "Output",
        _ => "Outcome",
    };

    public static string MethodName(SatisfactionMethod method) => method switch
    {
        SatisfactionMethod.FocusGroup => "Focus group",
        SatisfactionMethod.FeedbackForm => "Feedback form",
        _ => method.ToString(),
    };

    /// <summary>GOV.UK tag colour for a rating; the label is always shown too, so colour is never the only signal.</summary>
    public static string RatingTagClass(KpiRating rating) => rating switch
    {
        KpiRating.Good => "govuk-tag govuk-tag--green",
        KpiRating.ApproachingTarget => "govuk-tag govuk-tag--yellow",
        KpiRating.RequiresImprovement => "govuk-tag govuk-tag--orange",
        KpiRating.Inadequate => "govuk-tag govuk-tag--red",
        _ => "govuk-tag govuk-tag--grey",
    };

    public static string KindTagClass(KpiKind kind) => kind switch
    {
        KpiKind.Input => "govuk-tag govuk-tag--grey",
        KpiKind.Output => "govuk-tag govuk-tag--blue",
        _ => "govuk-tag govuk-tag--purple",
    };
}
