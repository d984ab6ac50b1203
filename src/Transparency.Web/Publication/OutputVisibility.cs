namespace Transparency.Web.Publication;

/// <summary>Whether one public output (the site, the bulk files) already shows a log entry, and since when.</summary>
public sealed record OutputVisibility(string Output, OutputVisibilityState State, DateTime? Since)
{
    /// <summary>A sentence for the provider: "On the public site since 10:42 on 2 December 2026 (UTC)."</summary>
    public string Summary => State switch
    {
        OutputVisibilityState.Shown when Since is { } at => $"On {Output} since {at.ToString("HH:mm 'on' d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} (UTC).",
        OutputVisibilityState.Shown => $"On {Output}.",
        OutputVisibilityState.BeingAdded => $"Being added to {Output}: this usually takes a few seconds.",
        _ => $"Not on {Output} yet: it is being built for the first time.",
    };
}
