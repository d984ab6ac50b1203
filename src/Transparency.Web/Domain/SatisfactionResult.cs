namespace Transparency.Web.Domain;

/// <summary>What users of a service said about it in the quarter.</summary>
public class SatisfactionResult
{
    public long Id { get; set; }

    public int ReturnVersionId { get; set; }

    public ReturnVersion? ReturnVersion { get; set; }

    public int ContractId { get; set; }

    public Contract? Contract { get; set; }

    public int QuarterCode { get; set; }

    public required string Measure { get; set; }

    public SatisfactionMethod Method { get; set; }

    public int Respondents { get; set; }

    public double PercentPositive { get; set; }

    public double? PercentNegative { get; set; }
}
