using System.Text.RegularExpressions;
using Transparency.Web.Data;

namespace Transparency.Tests.PublicRecord;

/// <summary>
/// Each public concept has one file that decides it; these tests fail when a copy appears elsewhere. What is public:
/// <c>PublicRecord/PublicStatus.cs</c>. How a quarter is written: <c>Domain/Quarter.cs</c>, and for queries
/// <c>PublicRecord/QuarterPresentation.cs</c>. How money is shown: <c>Domain/Money.cs</c>. When a return is late:
/// <c>Domain/Timeliness</c> (pinned by TimelinessAgreementTests).
/// </summary>
public sealed partial class SingleOwnerTests
{
    private static readonly string Source = Path.Combine(PortalPaths.FindRoot(AppContext.BaseDirectory), "src", "Transparency.Web");

    // The read side: everything that shows the public record. The write side (returns, the portal, administration,
    // the demo data) handles drafts and withdrawals and names every status on purpose.
    private static readonly string[] ReadSide = ["Api", "Feeds", "Insights", "Links", "PerformanceNotices", "Site"];

    [Fact]
    public void WhatIsPublic_IsDecidedOnlyByPublicStatus()
    {
        Assert.Empty(Matches(ReadSide, PublicStatusNamed()));
        Assert.Empty(Matches(ReadSide, PublicStatusInSql()));
    }

    [Fact]
    public void MoneyAsPlainPounds_IsWrittenOnlyByMoney()
    {
        Assert.Empty(Matches(["."], TwoDecimalPounds(), Path.Combine("Domain", "Money.cs")));
    }

    [Fact]
    public void QuarterLabels_AreWrittenOnlyByQuarterAndItsPresentation()
    {
        // AssessmentPeriod turns a slug back into the text Quarter.TryParse reads: input, not presentation.
        Assert.Empty(Matches(["."], QuarterLabelBuilt(), Path.Combine("PublicRecord", "QuarterPresentation.cs"), Path.Combine("Domain", "Quarter.cs"), Path.Combine("PerformanceNotices", "AssessmentPeriod.cs")));
    }

    private static List<string> Matches(string[] folders, Regex pattern, params string[] except) =>
        [.. folders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Source, folder), "*.cs", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(Source, file))
            .Where(file => !file.StartsWith("obj", StringComparison.Ordinal) && !file.StartsWith("bin", StringComparison.Ordinal) && !except.Contains(file))
            .SelectMany(file => File.ReadLines(Path.Combine(Source, file)).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => pattern.IsMatch(l.line))
            .Select(l => $"{l.file}:{l.number}: {l.line.Trim()}")];

    [GeneratedRegex(@"ReturnVersionStatus\.(Published|Superseded)\b")]
    private static partial Regex PublicStatusNamed();

    [GeneratedRegex(@"'(Published|Superseded)'")]
    private static partial Regex PublicStatusInSql();

    [GeneratedRegex(@"ToString\(""0\.00""")]
    private static partial Regex TwoDecimalPounds();

    [GeneratedRegex(@"""\s?Q""\s*\+|\{[^}]*\}\s?Q\{")]
    private static partial Regex QuarterLabelBuilt();
}
