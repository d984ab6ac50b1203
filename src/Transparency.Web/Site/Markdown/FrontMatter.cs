using YamlDotNet.Serialization;

namespace Transparency.Web.Site.Markdown;

/// <summary>The YAML block at the top of a content page: <c>title</c>, <c>description</c> and its place in the footer.</summary>
public sealed class FrontMatter
{
    [YamlMember(Alias = "title")]
    public string? Title { get; set; }

    [YamlMember(Alias = "description")]
    public string? Description { get; set; }

    /// <summary>Pages are listed in the footer by this number, then by title.</summary>
    [YamlMember(Alias = "order")]
    public int Order { get; set; } = 100;
}
