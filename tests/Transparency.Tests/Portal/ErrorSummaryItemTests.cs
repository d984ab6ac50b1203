using Microsoft.AspNetCore.Mvc.ModelBinding;
using Transparency.Web.Portal;

namespace Transparency.Tests.Portal;

public sealed class ErrorSummaryItemTests
{
    [Fact]
    public void From_WithAFieldOrder_ListsErrorsInTheOrderOfTheForm()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("CurrentPassword", "Enter your current password");
        state.AddModelError("NewPassword", "Enter a new password");

        var items = ErrorSummaryItem.From(state, "CurrentPassword", "NewPassword");

        Assert.Equal(["CurrentPassword", "NewPassword"], items.Select(i => i.TargetId));
    }

    [Theory]
    [InlineData("Input.Email", "Input_Email")]
    [InlineData("legal_form", "legal_form")]
    [InlineData("", "main-content")]
    public void FieldId_IsTheIdTheFormHelpersRender(string key, string id) => Assert.Equal(id, ErrorSummaryItem.FieldId(key));
}
