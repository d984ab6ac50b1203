using Transparency.Web.Domain;

namespace Transparency.Web.Insights.Timeliness;

/// <summary>Where the current deadline rule comes from. Replace the registration to plug in another source.</summary>
public interface IDeadlineRuleSource
{
    Task<DeadlineRule> GetAsync(CancellationToken cancellationToken);
}
