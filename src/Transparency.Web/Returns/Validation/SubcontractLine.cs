using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Validation;

public sealed record SubcontractLine(
    LineRef At, string ContractReference, string? SubcontractorId, string SubcontractorName, string Service,
    long ValuePaidPence, long? TotalValuePence, KpiRating? PerformanceRating);
