using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Transparency.Web.Portal;

/// <summary>
/// A GOV.UK Frontend form group for one model property: label, hint, error message and the input, with the ids
/// the error summary links to. <c>&lt;govuk-field asp-for="Input.Email" label="Email address" type="email" /&gt;</c>.
/// Types: text, email, password, number, textarea, select (with <c>items</c>), checkbox and file.
/// </summary>
[HtmlTargetElement("govuk-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    /// <summary>The field name when there is no model property (generic forms); the model-state key is the same.</summary>
    public string? Name { get; set; }

    public string? Value { get; set; }

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>Extra classes for the input, such as govuk-input--width-20.</summary>
    public string? InputClass { get; set; }

    public IEnumerable<SelectListItem>? Items { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For is null ? Name ?? string.Empty : ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var error = state?.Errors.FirstOrDefault()?.ErrorMessage;
        var value = Type == "password" ? null : state?.AttemptedValue ?? (For is null ? Value : Format(For.Model));

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");

        var describedBy = new List<string>();
        if (Type == "checkbox")
        {
            output.Content.AppendHtml(Checkbox(id, name, value, describedBy));
            return;
        }

        output.Content.AppendHtml(Element("label", "govuk-label", Label, ("for", id)));
        AppendHintAndError(output, id, error, describedBy);
        output.Content.AppendHtml(Control(id, name, value, error is not null, describedBy));
    }

    private void AppendHintAndError(TagHelperOutput output, string id, string? error, List<string> describedBy)
    {
        if (Hint is not null)
        {
            output.Content.AppendHtml(Element("div", "govuk-hint", Hint, ("id", $"{id}-hint")));
            describedBy.Add($"{id}-hint");
        }

        if (error is not null)
        {
            var message = new TagBuilder("p");
            message.AddCssClass("govuk-error-message");
            message.Attributes["id"] = $"{id}-error";
            message.InnerHtml.AppendHtml("<span class=\"govuk-visually-hidden\">Error:</span> ").Append(error);
            output.Content.AppendHtml(message);
            describedBy.Add($"{id}-error");
        }
    }

    private TagBuilder Control(string id, string name, string? value, bool hasError, List<string> describedBy)
    {
        var (tag, css) = Type switch
        {
            "textarea" => ("textarea", "govuk-textarea"),
            "select" => ("select", "govuk-select"),
            "file" => ("input", "govuk-file-upload"),
            _ => ("input", "govuk-input"),
        };
        var control = new TagBuilder(tag) { TagRenderMode = tag == "input" ? TagRenderMode.SelfClosing : TagRenderMode.Normal };
        control.AddCssClass(css + (hasError ? $" {css}--error" : string.Empty) + (InputClass is null ? string.Empty : $" {InputClass}"));
        control.Attributes["id"] = id;
        control.Attributes["name"] = name;
        if (describedBy.Count > 0)
        {
            control.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        if (Autocomplete is not null)
        {
            control.Attributes["autocomplete"] = Autocomplete;
        }

        switch (tag)
        {
            case "textarea":
                control.Attributes["rows"] = "5";
                control.InnerHtml.Append(value ?? string.Empty);
                break;
            case "select":
                foreach (var item in Items ?? [])
                {
                    var option = new TagBuilder("option");
                    option.Attributes["value"] = item.Value;
                    if (string.Equals(item.Value, value, StringComparison.OrdinalIgnoreCase) || (value is null && item.Selected))
                    {
                        option.Attributes["selected"] = "selected";
                    }

                    option.InnerHtml.Append(item.Text);
                    control.InnerHtml.AppendHtml(option);
                }

                break;
            default:
                control.Attributes["type"] = Type == "number" ? "text" : Type;
                if (Type == "number")
                {
                    control.Attributes["inputmode"] = "decimal";
                }

                if (Type is not ("file" or "password") && value is not null)
                {
                    control.Attributes["value"] = value;
                }

                if (Type is "email" or "password")
                {
                    control.Attributes["spellcheck"] = "false";
                }

                break;
        }

        return control;
    }

    private TagBuilder Checkbox(string id, string name, string? value, List<string> describedBy)
    {
        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass("govuk-checkboxes govuk-checkboxes--small");
        wrapper.Attributes["data-module"] = "govuk-checkboxes";
        var item = new TagBuilder("div");
        item.AddCssClass("govuk-checkboxes__item");
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-checkboxes__input");
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["type"] = "checkbox";
        input.Attributes["value"] = "true";
        if (value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("yes", StringComparison.OrdinalIgnoreCase)))
        {
            input.Attributes["checked"] = "checked";
        }

        if (Hint is not null)
        {
            describedBy.Add($"{id}-hint");
            input.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        item.InnerHtml.AppendHtml(input);
        item.InnerHtml.AppendHtml(Element("label", "govuk-label govuk-checkboxes__label", Label, ("for", id)));
        if (Hint is not null)
        {
            item.InnerHtml.AppendHtml(Element("div", "govuk-hint govuk-checkboxes__hint", Hint, ("id", $"{id}-hint")));
        }

        wrapper.InnerHtml.AppendHtml(item);
        return wrapper;
    }

    private static TagBuilder Element(string tag, string css, string text, (string Name, string Value) attribute)
    {
        var element = new TagBuilder(tag);
        element.AddCssClass(css);
        element.Attributes[attribute.Name] = attribute.Value;
        element.InnerHtml.Append(text);
        return element;
    }

    private static string? Format(object? model) => model switch
    {
        null => null,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };
}
