namespace Transparency.Web.Domain;

/// <summary>One provider's return for one quarter, covering all its active contracts. Its content lives in versions.</summary>
public class QuarterlyReturn
{
    public int Id { get; set; }

    public int ProviderId { get; set; }

    public Organisation? Provider { get; set; }

    /// <summary>The quarter as its sortable code (20252 for 2025-26 Q2); see <see cref="Quarter"/>.</summary>
    public int QuarterCode { get; set; }

    public Quarter Quarter
    {
        get => Quarter.FromCode(QuarterCode);
        set => QuarterCode = value.Code;
    }

    /// <summary>The deadline that applied when the return became due.</summary>
    public DateOnly DueDate { get; set; }

    /// <summary>When version 1 was published; null until then. Timeliness is judged on this.</summary>
    public DateTime? FirstPublishedAt
    {
        get => _firstPublishedAt;
        set
        {
            _firstPublishedAt = value;
            FirstPublishedDay = value is { } at ? DateOnly.FromDateTime(at).DayNumber : null;
        }
    }

    /// <summary>
    /// The <see cref="DateOnly.DayNumber"/> of <see cref="FirstPublishedAt"/>'s (UTC) date, kept by its setter and
    /// stored so that timeliness compares integers with each quarter's deadline day in SQL, instead of turning
    /// hundreds of thousands of timestamps into dates. Every writer that sets the timestamp keeps it right.
    /// </summary>
    public int? FirstPublishedDay { get; private set; }

    public List<ReturnVersion> Versions { get; set; } = [];

    private DateTime? _firstPublishedAt;
}
