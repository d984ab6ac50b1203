using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Transparency.Web.Demo;

namespace Transparency.Tests.Demo;

/// <summary>A SHA-256 over every generated row, in generation order, to prove a seed always gives the same data.</summary>
public static class DemoFingerprint
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Of(DemoOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var structure = new DemoStructureGenerator(options).Generate();
        Add(hash, structure.Groups);
        Add(hash, structure.Organisations);
        Add(hash, structure.Contracts);
        Add(hash, structure.Areas);
        Add(hash, structure.Kpis);
        foreach (var batch in new DemoReturnsGenerator(options, structure).Generate())
        {
            Add(hash, batch.Returns);
            Add(hash, batch.Versions);
            Add(hash, batch.Funding);
            Add(hash, batch.KpiResults);
            Add(hash, batch.Subcontracts);
            Add(hash, batch.Satisfaction);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Add<T>(IncrementalHash hash, IEnumerable<T> rows)
    {
        foreach (var row in rows)
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(row, Options));
        }
    }
}
