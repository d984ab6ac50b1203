namespace Transparency.Web.Publication;

/// <summary>A log position a projection reached, and when.</summary>
public sealed record ProjectionCheckpoint(long Position, DateTime At);
