using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Validation;
using Microsoft.OData.Edm.Vocabularies.V1;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;

namespace Transparency.Tests.Api;

/// <summary>Each query option against the seeded demonstration data, checked against the database itself.</summary>
public abstract class ODataQueryTests(ApiPortal portal)
{
    [Fact]
    public async Task Metadata_EverySetAndProperty_CarriesADescription()
    {
        using var stream = await portal.Client.GetStreamAsync(new Uri("/odata/$metadata", UriKind.Relative));
        using var reader = XmlReader.Create(stream);
        var model = CsdlReader.Parse(reader);

        Assert.True(model.Validate(out var errors), string.Join("\n", errors.Select(e => e.ErrorMessage)));
        var sets = model.EntityContainer.EntitySets().ToList();
        var contracts = model.EntityContainer.FindEntitySet("Contracts");
        var capabilities = model.FindVocabularyAnnotations(contracts).Select(a => a.Term.FullName()).ToList();
        Assert.Contains("Org.OData.Capabilities.V1.ExpandRestrictions", capabilities);
        Assert.Contains("Org.OData.Capabilities.V1.SearchRestrictions", capabilities);
        Assert.Contains(model.FindVocabularyAnnotations(model.EntityContainer), a => a.Term.FullName() == "Org.OData.Capabilities.V1.BatchSupported");
        Assert.Contains(sets, s => s.Name == "Returns");
        Assert.Contains(sets, s => s.Name == "ReturnVersions");
        Assert.All(sets, set => Assert.False(string.IsNullOrEmpty(model.GetDescriptionAnnotation(set)), set.Name));
        foreach (var type in model.SchemaElements.OfType<IEdmEntityType>())
        {
            Assert.All(type.DeclaredProperties, p => Assert.False(string.IsNullOrEmpty(model.GetDescriptionAnnotation(p)), $"{type.Name}.{p.Name}"));
        }

        var amount = model.SchemaElements.OfType<IEdmEntityType>().Single(t => t.Name == "Funding").FindProperty("Amount");
        Assert.Equal(EdmPrimitiveTypeKind.Decimal, amount.Type.PrimitiveKind());
        Assert.Equal(2, ((IEdmDecimalTypeReference)amount.Type).Scale);
        Assert.Equal(EdmPrimitiveTypeKind.Date, model.SchemaElements.OfType<IEdmEntityType>().Single(t => t.Name == "Contract").FindProperty("StartDate").Type.PrimitiveKind());
    }

    [Fact]
    public async Task Filter_ComparisonLogicalAndIn_MatchTheDatabase()
    {
        await using var db = portal.Database.CreateContext();
        var expected = await db.Contracts.CountAsync(c => (c.Sector == Sector.Health || c.Sector == Sector.Housing) && c.TotalValuePence > 5_000_000_000 && c.StartDate >= new DateOnly(2023, 1, 1));

        var body = await portal.GetJsonAsync("/odata/Contracts?$filter=Sector in ('Health','Housing') and TotalValue gt 50000000 and StartDate ge 2023-01-01&$count=true&$top=0");

        Assert.Equal(expected, body.GetProperty("@odata.count").GetInt32());
        Assert.True(expected > 0);
    }

    [Fact]
    public async Task Filter_TextFunctions_IgnoreCaseOnBothEngines()
    {
        var upper = await portal.GetValuesAsync("/odata/Organisations?$filter=contains(Name,'COUNCIL')&$select=Name");
        var lower = await portal.GetValuesAsync("/odata/Organisations?$filter=contains(Name,'council')&$select=Name");
        var starts = await portal.GetValuesAsync("/odata/Organisations?$filter=startswith(Identifier,'gb-lae')&$select=Identifier");
        var ends = await portal.GetValuesAsync("/odata/Organisations?$filter=endswith(Name,'COUNCIL')&$select=Name");

        Assert.NotEmpty(upper);
        Assert.Equal(upper.Select(o => o.GetProperty("Name").GetString()), lower.Select(o => o.GetProperty("Name").GetString()));
        Assert.All(starts, o => Assert.StartsWith("GB-LAE-", o.GetProperty("Identifier").GetString(), StringComparison.Ordinal));
        Assert.NotEmpty(starts);
        Assert.All(ends, o => Assert.EndsWith("Council", o.GetProperty("Name").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filter_OnQuarterLabelAndFinancialYear_UsesTheQuarterCode()
    {
        await using var db = portal.Database.CreateContext();
        var quarter = new Quarter(2025, 2);
        var expected = await PublishedFunding(db).CountAsync(f => f.QuarterCode == quarter.Code);
        var laterExpected = await PublishedFunding(db).CountAsync(f => f.QuarterCode >= new Quarter(2025, 1).Code);

        var body = await portal.GetJsonAsync("/odata/Funding?$filter=Quarter eq '2025-26 Q2'&$count=true&$select=Quarter,QuarterStart,FinancialYear");
        var later = await portal.GetJsonAsync("/odata/Funding?$filter=Quarter ge '2025-26 Q1'&$count=true&$top=0");
        var byYear = await portal.GetJsonAsync("/odata/Funding?$filter=FinancialYear eq '2025-26' and QuarterStart ge 2025-07-01 and QuarterStart lt 2025-10-01&$count=true&$top=0");

        Assert.Equal(expected, body.GetProperty("@odata.count").GetInt32());
        var first = body.GetProperty("value")[0];
        Assert.Equal("2025-26 Q2", first.GetProperty("Quarter").GetString());
        Assert.Equal("2025-07-01", first.GetProperty("QuarterStart").GetString());
        Assert.Equal("2025-26", first.GetProperty("FinancialYear").GetString());
        Assert.Equal(laterExpected, later.GetProperty("@odata.count").GetInt32());
        Assert.Equal(expected, byYear.GetProperty("@odata.count").GetInt32());
        Assert.Contains(portal.Sql, sql => sql.Contains("\"QuarterCode\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filter_OnFinancialYear_UsesTheIndexedQuarterRangeWithTheSameAnswer()
    {
        await using var db = portal.Database.CreateContext();
        var expected = await PublishedFunding(db).CountAsync(f => f.QuarterCode >= new Quarter(2025, 1).Code && f.QuarterCode <= new Quarter(2025, 4).Code);
        portal.Sql.Clear();

        var filtered = await portal.GetJsonAsync("/odata/Funding?$filter=FinancialYear eq '2025-26'&$count=true&$top=0");
        var applied = await portal.GetJsonAsync("/odata/Funding?$apply=filter(FinancialYear eq '2025-26')/aggregate($count as Rows)");
        var yearSql = portal.Sql.ToList();
        var noSuchYear = await portal.GetJsonAsync("/odata/Funding?$filter=FinancialYear eq '2025-27'&$count=true&$top=0");

        Assert.True(expected > 0);
        Assert.Equal(expected, filtered.GetProperty("@odata.count").GetInt32());
        Assert.Equal(expected, applied.GetProperty("value")[0].GetProperty("Rows").GetInt32());
        Assert.Equal(0, noSuchYear.GetProperty("@odata.count").GetInt32());
        Assert.True(yearSql.Count(sql => sql.Contains("\"Quarter\" >= ", StringComparison.Ordinal)) >= 2, string.Join("\n", yearSql));
        Assert.DoesNotContain(yearSql, sql => sql.Contains("\"FinancialYear\" = ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filter_OnMoney_ComparesExactPoundsWhateverTheLiteral()
    {
        await using var db = portal.Database.CreateContext();
        var published = db.Funding.Where(f => f.ReturnVersion!.Status == ReturnVersionStatus.Published);
        var negative = await published.Where(f => f.AmountPence < 0).OrderBy(f => f.AmountPence).Select(f => f.AmountPence).FirstAsync();
        var equal = await published.CountAsync(f => f.AmountPence == negative);
        var above = await published.CountAsync(f => f.AmountPence > 100_000_000);
        var pounds = Money.ToPounds(negative).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var asDouble = await portal.GetJsonAsync($"/odata/Funding?$filter=Amount eq {pounds}&$count=true&$top=0");
        var asDecimal = await portal.GetJsonAsync($"/odata/Funding?$filter=Amount eq {pounds}M&$count=true&$top=0");
        var reversed = await portal.GetJsonAsync($"/odata/Funding?$filter={pounds} eq Amount&$count=true&$top=0");
        var asInteger = await portal.GetJsonAsync("/odata/Funding?$filter=Amount gt 1000000&$count=true&$top=0");

        Assert.Equal(equal, asDouble.GetProperty("@odata.count").GetInt32());
        Assert.Equal(equal, asDecimal.GetProperty("@odata.count").GetInt32());
        Assert.Equal(equal, reversed.GetProperty("@odata.count").GetInt32());
        Assert.Equal(above, asInteger.GetProperty("@odata.count").GetInt32());
    }

    [Fact]
    public async Task SelectOrderByTopSkip_ReturnTheRequestedSlice()
    {
        await using var db = portal.Database.CreateContext();
        var expected = await db.Contracts.OrderByDescending(c => c.TotalValuePence).ThenBy(c => c.Id).Skip(3).Take(4).Select(c => c.Id).ToListAsync();

        var rows = await portal.GetValuesAsync("/odata/Contracts?$select=Id,TotalValue&$orderby=TotalValue desc,Id&$skip=3&$top=4");

        Assert.Equal(expected, rows.Select(r => r.GetProperty("Id").GetInt32()));
        Assert.All(rows, r => Assert.Equal(2, r.EnumerateObject().Count()));
    }

    [Fact]
    public async Task Expand_WithNestedOptions_ShapesTheRelatedRows()
    {
        var rows = await portal.GetValuesAsync(
            "/odata/Contracts?$top=3&$orderby=Id&$select=Id,Title&$expand=Provider($select=Name;$expand=ParentGroup($select=Name)),Kpis($filter=Kind eq 'Outcome';$select=Name,Kind;$orderby=Name desc;$top=2)");

        Assert.Equal(3, rows.Count);
        foreach (var row in rows)
        {
            Assert.False(string.IsNullOrEmpty(row.GetProperty("Provider").GetProperty("Name").GetString()));
            var kpis = row.GetProperty("Kpis").EnumerateArray().ToList();
            Assert.True(kpis.Count <= 2);
            Assert.All(kpis, k => Assert.Equal("Outcome", k.GetProperty("Kind").GetString()));
            Assert.Equal(kpis.Select(k => k.GetProperty("Name").GetString()).OrderDescending(StringComparer.Ordinal), kpis.Select(k => k.GetProperty("Name").GetString()));
        }
    }

    [Fact]
    public async Task Expand_BothWays_LinksOrganisationsAndContracts()
    {
        var organisation = (await portal.GetValuesAsync("/odata/Organisations?$filter=ContractsAsProvider/any()&$top=1&$expand=ContractsAsProvider($select=Id,ProviderId)"))[0];
        var id = organisation.GetProperty("Id").GetInt32();
        var contracts = organisation.GetProperty("ContractsAsProvider").EnumerateArray().ToList();
        var contract = await portal.GetJsonAsync($"/odata/Contracts({contracts[0].GetProperty("Id").GetInt32()})?$expand=Provider($select=Id),Commissioner($select=Id),Funding($select=Amount)");

        Assert.All(contracts, c => Assert.Equal(id, c.GetProperty("ProviderId").GetInt32()));
        Assert.Equal(id, contract.GetProperty("Provider").GetProperty("Id").GetInt32());
        Assert.Equal(JsonValueKindArray, contract.GetProperty("Funding").ValueKind);
    }

    [Fact]
    public async Task Count_AsOptionAndSegment_AgreeWithTheDatabase()
    {
        await using var db = portal.Database.CreateContext();
        var expected = await PublishedFunding(db).CountAsync();

        var segment = await portal.Client.GetStringAsync(new Uri("/odata/Funding/$count", UriKind.Relative));
        var option = await portal.GetJsonAsync("/odata/Funding?$count=true&$top=1");

        Assert.Equal(expected, int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, option.GetProperty("@odata.count").GetInt32());
    }

    [Fact]
    public async Task Search_FindsWordsInNamesAndTitles_AndIsNotIgnored()
    {
        await using var db = portal.Database.CreateContext();
        var title = await db.Contracts.OrderBy(c => c.Id).Select(c => c.Title).FirstAsync();
        var word = title.Split(' ')[0];
        var expected = await db.Contracts.CountAsync(c => c.Title.ToLower().Contains(word.ToLower()) || c.Reference.ToLower().Contains(word.ToLower())
            || c.Provider!.Name.ToLower().Contains(word.ToLower()) || c.Commissioner!.Name.ToLower().Contains(word.ToLower()));
        var all = await db.Contracts.CountAsync();

        var found = await portal.GetJsonAsync($"/odata/Contracts?$search={word.ToUpperInvariant()}&$count=true&$select=Title");
        var both = await portal.GetJsonAsync($"/odata/Contracts?$search={word} AND NOT zzzqqq&$count=true&$top=0");
        var none = await portal.GetJsonAsync("/odata/Contracts?$search=zzzqqq&$count=true");

        Assert.Equal(expected, found.GetProperty("@odata.count").GetInt32());
        Assert.True(expected < all);
        Assert.Equal(expected, both.GetProperty("@odata.count").GetInt32());
        Assert.Equal(0, none.GetProperty("@odata.count").GetInt32());
    }

    [Fact]
    public async Task PublishedOnly_DraftsAndWithdrawnVersionsNeverAppear()
    {
        await using var db = portal.Database.CreateContext();
        var published = await db.ReturnVersions.CountAsync(v => v.Status == ReturnVersionStatus.Published);
        var superseded = await db.ReturnVersions.CountAsync(v => v.Status == ReturnVersionStatus.Superseded);
        var hidden = await db.ReturnVersions.Where(v => v.Status == ReturnVersionStatus.Draft || v.Status == ReturnVersionStatus.Withdrawn).Select(v => v.Id).ToListAsync();
        var hiddenFunding = await db.Funding.Where(f => hidden.Contains(f.ReturnVersionId)).Select(f => f.Id).FirstAsync();
        var restated = await db.ReturnVersions.CountAsync(v => v.Status == ReturnVersionStatus.Published && v.RestatementReason != null);

        var returns = await portal.GetJsonAsync("/odata/Returns?$count=true&$top=0");
        var versions = await portal.GetJsonAsync("/odata/ReturnVersions?$count=true&$top=0");
        var history = await portal.GetJsonAsync("/odata/ReturnVersions?$filter=RestatementReason ne null&$count=true&$select=RestatementReason,VersionNumber,SupersedesVersionId");
        var (status, _, response) = await portal.GetErrorAsync($"/odata/Funding({hiddenFunding})");
        response.Dispose();

        Assert.True(hidden.Count > 0);
        Assert.Equal(published, returns.GetProperty("@odata.count").GetInt32());
        Assert.Equal(published + superseded, versions.GetProperty("@odata.count").GetInt32());
        Assert.Equal(restated, history.GetProperty("@odata.count").GetInt32());
        Assert.All(history.GetProperty("value").EnumerateArray(), v => Assert.True(v.GetProperty("VersionNumber").GetInt32() > 1));
        Assert.Equal(404, status);
        foreach (var id in hidden.Take(20))
        {
            Assert.Equal(0, (await portal.GetJsonAsync($"/odata/ReturnVersions?$filter=Id eq {id}&$count=true")).GetProperty("@odata.count").GetInt32());
        }
    }

    [Fact]
    public async Task Timestamps_AreUtc_AndFilterAsUtc()
    {
        var rows = await portal.GetValuesAsync("/odata/Returns?$filter=PublishedAt ge 2025-01-01T00:00:00Z&$orderby=PublishedAt&$top=1&$select=PublishedAt");

        Assert.EndsWith("Z", rows[0].GetProperty("PublishedAt").GetString(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.Parse(rows[0].GetProperty("PublishedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindArray = System.Text.Json.JsonValueKind.Array;

    private static IQueryable<FundingRecord> PublishedFunding(Transparency.Web.Data.TransparencyDbContext db) =>
        db.Funding.Where(f => f.ReturnVersion!.Status == ReturnVersionStatus.Published);
}

public sealed class SqliteODataQueryTests(SqliteApiPortal portal) : ODataQueryTests(portal), IClassFixture<SqliteApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresODataQueryTests(PostgresApiPortal portal) : ODataQueryTests(portal), IClassFixture<PostgresApiPortal>;
