using Transparency.Web.Returns.Validation;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Web.Returns.Api;

/// <summary>A draft as the API shows it: where it lives, its report's entries and, when read back, its preview.</summary>
public sealed record DraftResource(int Id, string Quarter, string Status, string Href, string PublishHref,
    IReadOnlyList<ValidationEntry> Errors, IReadOnlyList<ValidationEntry> Warnings, ReturnPreview? Preview);
