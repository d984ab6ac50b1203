namespace Transparency.Web.Domain;

public class Contract
{
    public int Id { get; set; }

    /// <summary>The portal's stable reference for the contract, used in URLs and files.</summary>
    public required string Reference { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public int CommissionerId { get; set; }

    public Organisation? Commissioner { get; set; }

    public int ProviderId { get; set; }

    public Organisation? Provider { get; set; }

    public Sector Sector { get; set; }

    public DateOnly StartDate
    {
        get => _startDate;
        set
        {
            _startDate = value;
            FirstQuarterCode = QuarterCodeOf(value);
        }
    }

    public DateOnly EndDate
    {
        get => _endDate;
        set
        {
            _endDate = value;
            LastQuarterCode = QuarterCodeOf(value);
        }
    }

    /// <summary>
    /// The code of the quarter holding <see cref="StartDate"/>, kept by its setter and stored so that "active in
    /// quarter q" is an indexed integer comparison in SQL (<c>FirstQuarterCode &lt;= q &lt;= LastQuarterCode</c>).
    /// </summary>
    public int FirstQuarterCode { get; private set; }

    /// <summary>The code of the quarter holding <see cref="EndDate"/>, kept by its setter.</summary>
    public int LastQuarterCode { get; private set; }

    /// <summary>Total contract value over its whole term, in pence; null when not known (shown as "not stated").</summary>
    public long? TotalValuePence { get; set; }

    public PaymentModel PaymentModel { get; set; }

    /// <summary>For payment by results: the share of the price paid only when outcomes are achieved (0–100).</summary>
    public double? OutcomePaymentSharePercent { get; set; }

    /// <summary>The OCDS ocid of the procurement, when one was published.</summary>
    public string? Ocid { get; set; }

    /// <summary>Link to the Contracts Finder or Find a Tender notice.</summary>
    public string? NoticeUrl { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<ContractArea> Areas { get; set; } = [];

    public List<KpiDefinition> Kpis { get; set; } = [];

    public bool IsActiveIn(Quarter quarter) => StartDate <= quarter.EndDate && EndDate >= quarter.StartDate;

    // The same arithmetic as Quarter.Containing(date).Code, without its 2000–2099 check: an imported or mistyped
    // date outside that range must still be storable (validation reports it elsewhere).
    private static int QuarterCodeOf(DateOnly date) =>
        ((date.Month >= 4 ? date.Year : date.Year - 1) * 10) + ((date.Month + 8) % 12 / 3) + 1;

    private DateOnly _startDate;
    private DateOnly _endDate;
}
