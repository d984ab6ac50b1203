namespace Transparency.Web.Feeds.Downloads.Storage;

/// <summary>
/// One stored part of the bulk files, as a manifest lists it: which output it belongs to (a table, "ocds" or
/// "grants"), its format, financial year (for tables with a quarter) and bucket (a range of contract, provider or
/// organisation ids), the blob holding its body with the body's length, CRC-32 and compressed length, and the SHA-256
/// and length of the part as a file of its own (the body with its header and footer). <see cref="Latest"/> is the
/// newest date the part's OCDS records or grants carry, which their packages give as their date.
/// </summary>
public sealed record StoredPart(
    string Output,
    string Format,
    int? Year,
    int Bucket,
    string Blob,
    long Bytes,
    uint Crc,
    long DeflatedBytes,
    string FileSha256,
    long FileBytes,
    DateTime? Latest);
