namespace Transparency.Web.Domain.Places;

/// <summary>One row of the vendored ONS list: a GSS code with its English and Welsh names.</summary>
public sealed record OnsArea(string Code, string Name, string WelshName, OnsAreaKind Kind);
