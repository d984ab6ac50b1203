namespace Transparency.Web.Demo;

/// <summary>Hands out keys in generation order so that generated rows can refer to each other before they are stored.</summary>
public sealed class DemoIds
{
    public int Return { get; set; }

    public int Version { get; set; }

    public long Funding { get; set; }

    public long KpiResult { get; set; }

    public long Subcontract { get; set; }

    public long Satisfaction { get; set; }
}
