namespace Transparency.Web.Demo;

/// <summary>How a fictional provider behaves, so that patterns in the demo data are consistent over time.</summary>
public sealed record ProviderTraits(
    double Quality,
    bool CreamsAndParks,
    double LateChance,
    double MissingChance,
    double RestateChance,
    int TypicalRespondents);
