namespace Transparency.Web.Site.Contracts;

/// <summary>Where a contract's dates stand on the day the site describes (its "as of" moment).</summary>
public enum ContractStatus
{
    Active,
    NotStarted,
    Ended,
}
