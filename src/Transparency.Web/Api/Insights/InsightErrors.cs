using Microsoft.AspNetCore.Mvc;
using Microsoft.OData;

namespace Transparency.Web.Api.Insights;

/// <summary>The OData error body for a function parameter the client got wrong, as the rest of the API answers.</summary>
public static class InsightErrors
{
    public static ObjectResult BadParameter(string message) =>
        new(new ODataError { Code = "BadRequest", Message = message }) { StatusCode = StatusCodes.Status400BadRequest };
}
