using Transparency.Web.Domain;

namespace Transparency.Web.Portal.Provider.Returns;

/// <summary>One row of the returns dashboard: a quarter, when it is due and where the provider's return stands.</summary>
public sealed record QuarterStatus(Quarter Quarter, DateOnly DueDate, string Status, bool Late, int? DraftId)
{
    public string Code => Quarter.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
