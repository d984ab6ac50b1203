namespace Transparency.Web.Portal;

/// <summary>How long to wait, and the page to go back to (the form that was refused).</summary>
public sealed record TooManyRequestsModel(int Seconds, string BackPath);
