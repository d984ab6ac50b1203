using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Insights.Concentration;

/// <summary>How widely one parent group wins public money: across how many commissioners and sectors.</summary>
public sealed class GroupReachRow
{
    [Key]
    public required string GroupKey { get; init; }

    public required string GroupName { get; init; }

    public int Providers { get; init; }

    public int Contracts { get; init; }

    public int Commissioners { get; init; }

    public int Sectors { get; init; }

    public long FundingPence { get; init; }
}
