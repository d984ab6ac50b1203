using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Transparency.Web.Portal;

/// <summary>One line of the GOV.UK error summary: the message and the id of the field (or row) it links to.</summary>
public sealed record ErrorSummaryItem(string TargetId, string Message)
{
    /// <summary>
    /// One item per model-state error, linking to the field the form helpers render with the same id, in the order
    /// of <paramref name="fieldOrder"/> (model state itself is not kept in the order errors were added).
    /// </summary>
    public static IReadOnlyList<ErrorSummaryItem> From(ModelStateDictionary modelState, params string[] fieldOrder) =>
        [.. modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .OrderBy(entry => Array.IndexOf(fieldOrder, entry.Key) is var i and >= 0 ? i : int.MaxValue)
            .SelectMany(entry => entry.Value!.Errors.Select(error => new ErrorSummaryItem(FieldId(entry.Key), error.ErrorMessage)))];

    /// <summary>The id Razor gives the input for a model-state key: <c>Input.Email</c> becomes <c>Input_Email</c>.</summary>
    public static string FieldId(string key) => key.Length == 0 ? "main-content" : TagBuilder.CreateSanitizedId(key, "_");
}
