using Transparency.Web.Domain;

namespace Transparency.Web.Administration;

/// <summary>One provider with contracts active in the quarter, and how its return stands against the due date.</summary>
public sealed record TimelinessRow(
    int ProviderId,
    string Identifier,
    string Name,
    int ActiveContracts,
    DateOnly DueDate,
    DateTime? FirstPublishedAt,
    TimelinessStatus Status);
