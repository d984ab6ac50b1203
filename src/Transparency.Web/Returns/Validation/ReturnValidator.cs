using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Parsing;

namespace Transparency.Web.Returns.Validation;

/// <summary>
/// Reads and checks an upload for one provider and quarter: the one place where files become facts. The
/// submission service, the preview and the publisher all call it, so what is previewed is what is published.
/// </summary>
public sealed class ReturnValidator(TransparencyDbContext db, IOptions<ReturnsOptions> options)
{
    public async Task<ValidationOutcome> ValidateAsync(int providerId, Quarter quarter, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken = default)
    {
        var limits = options.Value;
        var report = new ReportBuilder(limits.MaxEntriesPerRule, limits.MaxReportEntries);
        var upload = new UploadReader(limits).Read(files, quarter, report);
        if (upload is null)
        {
            return new ValidationOutcome(null, report.Build(), null);
        }

        var lines = TypedLines.Read(upload, quarter, report);
        var identifiers = lines.Subcontracts.Select(l => l.SubcontractorId ?? LocalOrganisationIdentifier.For(l.SubcontractorName));
        var register = await ProviderRegister.LoadAsync(db, providerId, lines, identifiers, cancellationToken);
        if (register is null)
        {
            report.Error(RuleCodes.ProviderUnknown, "The organisation you are uploading for is not registered on the portal. Ask your administrator to check your account.");
            return new ValidationOutcome(upload, report.Build(lines.LineCounts), null);
        }

        var facts = new ReturnRules(register, quarter, report).Apply(lines);
        return new ValidationOutcome(upload, report.Build(lines.LineCounts), facts);
    }
}
