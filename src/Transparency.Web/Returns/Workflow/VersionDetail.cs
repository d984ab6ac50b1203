using Transparency.Web.Domain;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Workflow;

/// <summary>One version with the return it belongs to and the report stored with it.</summary>
public sealed record VersionDetail(VersionSummary Version, int ReturnId, int ProviderId, Quarter Quarter, ValidationReport Report);
