namespace Transparency.Web.Domain;

/// <summary>An area a contract serves, as an ONS GSS code (E12000001 is the North East region).</summary>
public class ContractArea
{
    public int ContractId { get; set; }

    public required string AreaCode { get; set; }
}
