using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Demo;

namespace Transparency.Tests.Demo;

/// <summary>
/// A SHA-256 over every generated row in a canonical order (by table, quarter and key), computed either
/// from the generator or from a database it was loaded into, so the two can be compared.
/// </summary>
public static class DemoFingerprint
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Of(DemoOptions options)
    {
        var structure = new DemoStructureGenerator(options).Generate();
        IEnumerable<object> Rows()
        {
            foreach (var row in structure.Groups.Cast<object>()
                .Concat(structure.Organisations)
                .Concat(structure.Contracts)
                .Concat(structure.Areas.OrderBy(a => a.ContractId).ThenBy(a => a.AreaCode, StringComparer.Ordinal))
                .Concat(structure.Kpis))
            {
                yield return row;
            }

            foreach (var batch in new DemoReturnsGenerator(options, structure).Generate())
            {
                foreach (var row in batch.Returns.Cast<object>().Concat(batch.Versions).Concat(batch.Funding)
                    .Concat(batch.KpiResults).Concat(batch.Subcontracts).Concat(batch.Satisfaction))
                {
                    yield return row;
                }
            }
        }

        return Hash(Rows());
    }

    public static string Of(TransparencyDbContext db, DemoOptions options)
    {
        IEnumerable<object> Rows()
        {
            var query = db.ParentGroups.AsNoTracking().OrderBy(g => g.Id).Cast<object>().AsEnumerable()
                .Concat(db.Organisations.AsNoTracking().OrderBy(o => o.Id))
                .Concat(db.Contracts.AsNoTracking().OrderBy(c => c.Id))
                .Concat(db.ContractAreas.AsNoTracking().OrderBy(a => a.ContractId).ThenBy(a => a.AreaCode).AsEnumerable().OrderBy(a => a.ContractId).ThenBy(a => a.AreaCode, StringComparer.Ordinal))
                .Concat(db.KpiDefinitions.AsNoTracking().OrderBy(k => k.Id));
            foreach (var row in query)
            {
                yield return row;
            }

            for (var quarter = options.FirstQuarter; quarter <= options.LastQuarter; quarter = quarter.Next)
            {
                var code = quarter.Code;
                foreach (var row in db.Returns.AsNoTracking().Where(r => r.QuarterCode == code).OrderBy(r => r.Id).Cast<object>().AsEnumerable()
                    .Concat(db.ReturnVersions.AsNoTracking().Where(v => v.Return!.QuarterCode == code).OrderBy(v => v.Id))
                    .Concat(db.Funding.AsNoTracking().Where(f => f.QuarterCode == code).OrderBy(f => f.Id))
                    .Concat(db.KpiResults.AsNoTracking().Where(r => r.QuarterCode == code).OrderBy(r => r.Id))
                    .Concat(db.Subcontracts.AsNoTracking().Where(s => s.QuarterCode == code).OrderBy(s => s.Id))
                    .Concat(db.Satisfaction.AsNoTracking().Where(s => s.QuarterCode == code).OrderBy(s => s.Id)))
                {
                    yield return row;
                }
            }
        }

        return Hash(Rows());
    }

    private static string Hash(IEnumerable<object> rows)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in rows)
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(row, row.GetType(), Options));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
