using Transparency.Web.Domain;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Workflow;

/// <summary>
/// Exactly what publishing a draft would make public: the same facts the publisher would write, with contract
/// and KPI names for reading, the version number it would get, and whether it restates an earlier version.
/// </summary>
public sealed record ReturnPreview
{
    public required int DraftVersionId { get; init; }

    public required int ReturnId { get; init; }

    public required int ProviderId { get; init; }

    public required string ProviderName { get; init; }

    public required Quarter Quarter { get; init; }

    public required string OriginalFileName { get; init; }

    public required UploadFormat Format { get; init; }

    public required string SubmittedBy { get; init; }

    public required DateTime SubmittedAt { get; init; }

    /// <summary>The number the version gets when published now.</summary>
    public required int VersionNumberOnPublish { get; init; }

    /// <summary>The public version this would replace, if any.</summary>
    public int? CurrentVersionNumber { get; init; }

    /// <summary>True once the quarter has been published before: publishing then needs a reason.</summary>
    public required bool IsRestatement { get; init; }

    public required IReadOnlyList<PreviewFunding> Funding { get; init; }

    public required IReadOnlyList<PreviewKpiResult> KpiResults { get; init; }

    public required IReadOnlyList<PreviewSubcontract> Subcontracts { get; init; }

    public required IReadOnlyList<PreviewSatisfaction> Satisfaction { get; init; }

    /// <summary>The checks as of now (the register may have changed since the upload); errors mean publishing will be refused.</summary>
    public required ValidationReport Report { get; init; }

    public long TotalFundingPence => Funding.Sum(f => f.AmountPence);

    public int NewOrganisationCount => Subcontracts.Where(s => s.IsNewOrganisation).Select(s => s.SubcontractorIdentifier).Distinct().Count();
}
