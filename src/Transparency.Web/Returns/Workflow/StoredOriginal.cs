namespace Transparency.Web.Returns.Workflow;

/// <summary>An uploaded original for download: the name to offer (the provider's, made safe by the caller's Content-Disposition), its type and bytes.</summary>
public sealed record StoredOriginal(string FileName, string ContentType, byte[] Content);
