namespace Transparency.Web.Portal.Admin;

/// <summary>An organisation flagged for review, with the note that says what was flagged and why.</summary>
public sealed record ReviewItem(int Id, string Identifier, string Name, string Note, int ContractsAsProvider, int ContractsAsCommissioner, DateTime CreatedAt);
