using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Tests.Infrastructure;

/// <summary>Small builders for hand-made fixtures: <c>TestData.Contract(provider, buyer).WithKpi("K1").Build()</c>.</summary>
public static class TestData
{
    private static readonly DateTime Created = new(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc);
    private static int SeededCount;

    public static Organisation Organisation(string identifier, string name, LegalForm form = LegalForm.Company) => new()
    {
        Identifier = identifier,
        Name = name,
        LegalForm = form,
        CreatedAt = Created,
        UpdatedAt = Created,
    };

    public static ContractBuilder Contract(Organisation provider, Organisation commissioner) => new(provider, commissioner);

    public static QuarterlyReturn Return(Organisation provider, Quarter quarter) => new()
    {
        Provider = provider,
        Quarter = quarter,
        DueDate = quarter.DefaultDeadline,
    };

    public static ReturnVersion PublishedVersion(QuarterlyReturn quarterlyReturn, int number, DateTime at, string? reason = null) => new()
    {
        Return = quarterlyReturn,
        VersionNumber = number,
        Status = ReturnVersionStatus.Published,
        RestatementReason = reason,
        OriginalFileName = $"return-v{number}.csv",
        FileSha256 = new string((char)('a' + number), 64),
        Format = UploadFormat.Csv,
        SubmittedBy = "test",
        SubmittedAt = at,
        PublishedBy = "test",
        PublishedAt = at,
    };

    /// <summary>A commissioner, a provider, one contract and one published return: enough to hang facts on.</summary>
    public static async Task<(Contract Contract, ReturnVersion Version)> SeedMinimalAsync(TransparencyDbContext db, Quarter quarter)
    {
        var n = Interlocked.Increment(ref SeededCount);
        var buyer = Organisation($"GB-GOR-ZZ{n}", $"Test Department {n}", LegalForm.PublicBody);
        var provider = Organisation($"GB-COH-99{n:D6}", $"Test Provider {n} Ltd");
        var contract = Contract(provider, buyer).WithKpi("K1").Build();
        var version = PublishedVersion(Return(provider, quarter), 1, quarter.DefaultDeadline.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        db.AddRange(contract, version);
        await db.SaveChangesAsync();
        return (contract, version);
    }
}
