using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Validation;

/// <summary>A subcontract line and the organisation it names; <see cref="IsNew"/> organisations are created on publish.</summary>
public sealed record PlannedSubcontract(SubcontractRecord Record, string SubcontractorIdentifier, string SubcontractorName, bool IsNew, bool IdentifierGiven);
