using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns;

/// <summary>
/// A validation report as RFC 9457 problem details: the same entries the error summary shows, under "errors"
/// and "warnings", each with its code, message, source, row, column, value and location.
/// </summary>
public static class ReturnProblemDetails
{
    public const string ValidationType = ReturnsSetup.StandardPath + "/data-standard.md#checks";

    public static ProblemDetails From(ValidationReport report, int status = StatusCodes.Status422UnprocessableEntity, string? instance = null)
    {
        var tooLarge = report.Errors.Any(e => e.Code == RuleCodes.FileTooLarge);
        var problem = new ProblemDetails
        {
            Type = ValidationType,
            Title = "The return has problems to fix",
            Status = tooLarge ? StatusCodes.Status413PayloadTooLarge : status,
            Detail = $"{Count(report.ErrorCount, "error")} and {Count(report.WarningCount, "warning")}. Errors must be fixed before the return can be published." + Listed(report),
            Instance = instance,
        };
        problem.Extensions["errors"] = report.Errors.ToList();
        problem.Extensions["warnings"] = report.Warnings.ToList();
        return problem;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString("N0", CultureInfo.InvariantCulture)} {noun}s";

    /// <summary>When a long report sums problems up, says so: the entries show the first of each kind and how many more there are.</summary>
    private static string Listed(ValidationReport report) =>
        report.Entries.Count < report.ErrorCount + report.WarningCount
            ? " The first of each kind are listed; an entry saying \"There are N more problems like this\" counts the rest of that kind."
            : string.Empty;
}
