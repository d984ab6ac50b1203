namespace Transparency.Web.Returns.Api;

/// <summary>The optional body of a publish call: the reason, required when the quarter was published before.</summary>
public sealed record PublishBody(string? RestatementReason);
