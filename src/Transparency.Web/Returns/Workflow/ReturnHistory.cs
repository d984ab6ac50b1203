using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Workflow;

/// <summary>Every version of one provider's return for one quarter, newest first, drafts and withdrawn versions included.</summary>
public sealed record ReturnHistory(int ReturnId, int ProviderId, Quarter Quarter, DateOnly DueDate, DateTime? FirstPublishedAt, IReadOnlyList<VersionSummary> Versions)
{
    /// <summary>The version the public sees, if any.</summary>
    public VersionSummary? Current => Versions.FirstOrDefault(v => v.Status == ReturnVersionStatus.Published);

    /// <summary>Whether the public site and the bulk files show <see cref="Current"/> yet (see <see cref="Publication.PublicOutputs"/>).</summary>
    public IReadOnlyList<Publication.OutputVisibility>? CurrentOnPublicOutputs { get; init; }

    /// <summary>The address of the provider's returns on the public site.</summary>
    public string? PublicPage { get; init; }
}
