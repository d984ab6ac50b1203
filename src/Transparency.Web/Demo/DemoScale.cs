namespace Transparency.Web.Demo;

/// <summary>How much demonstration data to generate. The same generator serves the demo and the benchmarks.</summary>
public sealed record DemoScale
{
    public required string Name { get; init; }

    public int ParentGroups { get; init; }

    public int Providers { get; init; }

    public int Commissioners { get; init; }

    /// <summary>Organisations that only ever appear as subcontractors (providers can subcontract too).</summary>
    public int Subcontractors { get; init; }

    public int Contracts { get; init; }

    public int MinKpisPerContract { get; init; }

    public int MaxKpisPerContract { get; init; }

    public int Quarters { get; init; }

    /// <summary>Share of contracts that run through the whole period; the rest start or end part way.</summary>
    public double FullTermShare { get; init; }

    /// <summary>Share of cohort-capable KPIs whose results are broken down by cohort.</summary>
    public double CohortShare { get; init; }

    /// <summary>Share of contracts with at least one subcontractor.</summary>
    public double SubcontractedShare { get; init; }

    /// <summary>When true, a quarter's funding may have several lines (fees, outcome payments, deductions).</summary>
    public bool DetailedFunding { get; init; }

    public static DemoScale Demonstration { get; } = new()
    {
        Name = "demo",
        ParentGroups = 10,
        Providers = 40,
        Commissioners = 15,
        Subcontractors = 30,
        Contracts = 150,
        MinKpisPerContract = 3,
        MaxKpisPerContract = 8,
        Quarters = 12,
        FullTermShare = 0.6,
        CohortShare = 0.7,
        SubcontractedShare = 0.6,
        DetailedFunding = true,
    };

    /// <summary>About 13 million fact rows: 10,000 providers, 50,000 contracts, 200,000 KPIs over 40 quarters.</summary>
    public static DemoScale National { get; } = new()
    {
        Name = "national",
        ParentGroups = 1_000,
        Providers = 10_000,
        Commissioners = 400,
        Subcontractors = 5_000,
        Contracts = 50_000,
        MinKpisPerContract = 3,
        MaxKpisPerContract = 5,
        Quarters = 40,
        FullTermShare = 1.0,
        CohortShare = 0.0,
        SubcontractedShare = 0.5,
        DetailedFunding = false,
    };

    public static DemoScale Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "demo" or "demonstration" => Demonstration,
        "national" => National,
        _ => throw new ArgumentException($"Unknown scale '{name}'. Use 'demo' (the default) or 'national'.", nameof(name)),
    };
}
