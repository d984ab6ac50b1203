namespace Transparency.Web.Api.Query;

/// <summary>A valid OData query that this service (or its database engine) cannot run; answered with 501.</summary>
public sealed class UnsupportedQueryException : Exception
{
    public UnsupportedQueryException(string message)
        : base(message)
    {
    }

    public UnsupportedQueryException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
