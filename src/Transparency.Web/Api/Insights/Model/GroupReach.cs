using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api.Insights.Model;

[Description("How widely one parent group wins published funding: across how many providers, contracts, commissioners and sectors. GroupReachFor(period=...) gives one quarter or financial year. See the methodology page, 'Market concentration'.")]
public sealed class GroupReach
{
    [Key]
    [Description("'group-{number}' for a parent group, or the organisation identifier of a provider with no parent group.")]
    public required string GroupKey { get; set; }

    [Description("The group's name, or the provider's when it has no group.")]
    public required string GroupName { get; set; }

    [Description("The group's providers with published funding.")]
    public int Providers { get; set; }

    [Description("Contracts with published funding.")]
    public int Contracts { get; set; }

    [Description("Commissioners paying the group.")]
    public int Commissioners { get; set; }

    [Description("Sectors the group is paid in.")]
    public int Sectors { get; set; }

    [Description("The group's published funding, net of service credits, in pounds, exact to the penny.")]
    public decimal Funding { get; set; }
}
