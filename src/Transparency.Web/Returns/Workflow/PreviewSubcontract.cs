using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Workflow;

/// <summary>A subcontract as it would be published; <see cref="IsNewOrganisation"/> when publishing adds the subcontractor to the register.</summary>
public sealed record PreviewSubcontract(
    string ContractReference, string ContractTitle, string SubcontractorIdentifier, string SubcontractorName, bool IsNewOrganisation,
    string Service, long ValuePaidInQuarterPence, long? TotalValuePence, KpiRating? PerformanceRating);
