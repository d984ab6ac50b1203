using Transparency.Web.Domain;

namespace Transparency.Web.Accounts;

/// <summary>A token just created: <see cref="Secret"/> is shown once and never stored.</summary>
public sealed record IssuedApiToken(ApiToken Token, string Secret);
