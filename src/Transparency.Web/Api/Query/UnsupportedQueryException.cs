namespace Transparency.Web.Api.Query;

/// <summary>A valid OData query that this service (or its database engine) cannot run; answered with 501.</summary>
public sealed class UnsupportedQueryException(string message, Exception inner) : Exception(message, inner);
