namespace Transparency.Web.Demo;

/// <summary>A subcontract a demonstration contract carries for its whole term.</summary>
public sealed record PlannedSubcontract(int SubcontractorId, string Service, long TotalValuePence, double Quality);
