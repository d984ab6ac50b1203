using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Parsing;

/// <summary>What the readers made of an upload: its format and the rows of each section found.</summary>
public sealed record ParsedUpload(UploadFormat Format, IReadOnlyList<RawTable> Tables);
