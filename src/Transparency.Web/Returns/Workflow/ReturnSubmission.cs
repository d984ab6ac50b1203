using Transparency.Web.Domain;
using Transparency.Web.Returns.Parsing;

namespace Transparency.Web.Returns.Workflow;

/// <summary>
/// An upload: the organisation it is for (the signed-in user's or the token's, never taken from the file),
/// the quarter the uploader chose, the files, and who sent them from where (for the audit log).
/// </summary>
public sealed record ReturnSubmission(int OrganisationId, Quarter Quarter, IReadOnlyList<UploadedFile> Files, string SubmittedBy, string? IpAddress);
