using System.ComponentModel;

namespace Transparency.Web.Api.Model;

[Description("A group that ultimately owns one or more providers. Market concentration is measured per group.")]
public sealed class ParentGroup
{
    [Description("The portal's number for the group.")]
    public int Id { get; set; }

    [Description("The group's name. Nullable only so that grouping through Organisation/ParentGroup can show independent organisations.")]
    public string? Name { get; set; }

    [Description("True for fictional groups created as demonstration data.")]
    public bool IsDemonstration { get; set; }

    [Description("The organisations the group owns.")]
    public List<Organisation> Members { get; set; } = [];
}
