namespace Transparency.Web.Domain;

/// <summary>The group that ultimately owns one or more organisations; market concentration is measured per group.</summary>
public class ParentGroup
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public bool IsDemonstration { get; set; }

    public List<Organisation> Members { get; set; } = [];
}
