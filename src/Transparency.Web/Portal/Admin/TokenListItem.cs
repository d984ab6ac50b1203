namespace Transparency.Web.Portal.Admin;

public sealed record TokenListItem(int Id, string Organisation, string Name, string Prefix, string CreatedBy, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);
