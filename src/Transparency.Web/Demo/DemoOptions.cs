using Transparency.Web.Domain;

namespace Transparency.Web.Demo;

/// <summary>What to generate. Every date is fixed by these options, never by the clock, so a seed always gives the same data.</summary>
public sealed record DemoOptions
{
    public const int DefaultSeed = 20_251;

    public int Seed { get; init; } = DefaultSeed;

    public DemoScale Scale { get; init; } = DemoScale.Demonstration;

    /// <summary>The last quarter with returns due.</summary>
    public Quarter LastQuarter { get; init; } = new(2026, 2);

    /// <summary>Nothing is published after this moment, so recent returns can still be outstanding.</summary>
    public DateTime AsOf { get; init; } = new(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc);

    public Quarter FirstQuarter => LastQuarter.AddQuarters(1 - Scale.Quarters);
}
