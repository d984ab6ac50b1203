using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Workflow;

/// <summary>An upload whose bytes match a version already stored for the same return.</summary>
public sealed record DuplicateUpload(int VersionId, int? VersionNumber, ReturnVersionStatus Status, Quarter Quarter)
{
    public string Message => Status switch
    {
        ReturnVersionStatus.Draft => $"You have uploaded this exact file for {Quarter} before. It is waiting as a draft: preview and publish that one. Nothing has changed.",
        ReturnVersionStatus.Published => $"You have uploaded this exact file for {Quarter} before: it is version {VersionNumber}, which is published. Nothing has changed.",
        ReturnVersionStatus.Superseded => $"You have uploaded this exact file for {Quarter} before: it is version {VersionNumber}, which a later version replaced. Nothing has changed.",
        _ => $"You have uploaded this exact file for {Quarter} before: it is version {VersionNumber}, which was withdrawn. Nothing has changed.",
    };
}
