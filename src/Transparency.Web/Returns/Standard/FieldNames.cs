namespace Transparency.Web.Returns.Standard;

/// <summary>The column headers of the standard, for code that reads a particular field.</summary>
public static class FieldNames
{
    public const string Quarter = "quarter";
    public const string ContractReference = "contract_reference";
    public const string PaymentType = "payment_type";
    public const string Amount = "amount";
    public const string DateReceived = "date_received";
    public const string Description = "description";
    public const string KpiCode = "kpi_code";
    public const string Cohort = "cohort";
    public const string AreaCode = "area_code";
    public const string Actual = "actual";
    public const string Numerator = "numerator";
    public const string Denominator = "denominator";
    public const string Rating = "rating";
    public const string Commentary = "commentary";
    public const string SubcontractorId = "subcontractor_id";
    public const string SubcontractorName = "subcontractor_name";
    public const string Service = "service";
    public const string ValuePaidInQuarter = "value_paid_in_quarter";
    public const string TotalValue = "total_value";
    public const string PerformanceRating = "performance_rating";
    public const string Measure = "measure";
    public const string Method = "method";
    public const string Respondents = "respondents";
    public const string PercentPositive = "percent_positive";
    public const string PercentNegative = "percent_negative";
}
