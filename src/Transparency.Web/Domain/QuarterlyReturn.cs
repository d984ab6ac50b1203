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
    public DateTime? FirstPublishedAt { get; set; }

    public List<ReturnVersion> Versions { get; set; } = [];
}
