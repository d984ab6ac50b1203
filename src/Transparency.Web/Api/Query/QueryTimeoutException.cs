namespace Transparency.Web.Api.Query;

/// <summary>A public query ran past the configured time limit and was stopped.</summary>
public sealed class QueryTimeoutException(Exception inner)
    : Exception("The query took too long and was stopped.", inner);
