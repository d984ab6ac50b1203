using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.OcdsImport;

namespace Transparency.Tests.OcdsImport;

/// <summary>Imports the real Contracts Finder release packages and the OCDS examples vendored in tests/reference-data.</summary>
public abstract class OcdsImportTests(TestDatabase database)
{
    [Fact]
    public async Task Import_ContractsFinderFiles_DecodesEntitiesAndKeepsIdentifiersAndValues()
    {
        var folder = ReferenceData.PathTo("ocds-uk-contracts-finder");
        await using var factory = new PortalFactory(database);
        await ImportAsync(factory.Services, folder);
        await using var db = database.CreateContext();

        var names = await db.Organisations.Select(o => o.Name).ToListAsync();
        Assert.Contains("Ernst & Young LLP", names);
        Assert.Contains("Centre Thirty Three Young People's Counselling and Informat", names);
        Assert.DoesNotContain(names, n => n.Contains("&amp;", StringComparison.Ordinal) || n.Contains("&#039;", StringComparison.Ordinal));
        Assert.Single(names, n => n == "Durham County Council");

        var kpmg = await db.Organisations.SingleAsync(o => o.Name == "KPMG LLP");
        Assert.Equal("GB-COH-OC301540", kpmg.Identifier);
        Assert.Null(kpmg.ReviewNote);

        var redthread = await db.Organisations.SingleAsync(o => o.Name == "Redthread Youth Ltd");
        Assert.Equal(OcdsOrganisations.LocalIdentifier("REDTHREAD  youth ltd"), redthread.Identifier);
        Assert.StartsWith(OcdsOrganisations.LocalPrefix, redthread.Identifier, StringComparison.Ordinal);
        Assert.True(OrgId.IsValid(redthread.Identifier));
        Assert.Contains("without an organisation identifier", redthread.ReviewNote, StringComparison.Ordinal);

        var youthWork = await db.Contracts.Include(c => c.Commissioner).SingleAsync(c => c.ProviderId == redthread.Id);
        Assert.Equal(249_484_400, youthWork.TotalValuePence);
        Assert.Equal((new DateOnly(2020, 4, 1), new DateOnly(2022, 3, 31)), (youthWork.StartDate, youthWork.EndDate));
        Assert.Equal("GLA81404 For Embedded Youth Work Hospital Accident & Emergency (A&E) Service", youthWork.Title);
        Assert.Equal("https://www.contractsfinder.service.gov.uk/Notice/3eb9ea97-8da1-4da7-bed9-8b155663c3f0", youthWork.NoticeUrl);
        Assert.Equal("Mayors Office for Policing and Crime (MOPAC)", youthWork.Commissioner!.Name);
        Assert.Equal(LegalForm.PublicBody, youthWork.Commissioner.LegalForm);
        Assert.Contains("One of 2 suppliers", youthWork.Description, StringComparison.Ordinal);
        Assert.Equal(Sector.SocialCare, (await db.Contracts.FirstAsync(c => c.Title == "All Age Carers Service")).Sector);
    }

    [Fact]
    public async Task Import_OcdsExamples_ToleratesOcds10AndOtherCurrencies()
    {
        var folder = ReferenceData.PathTo("ocds-examples");
        await using var factory = new PortalFactory(database);

        var report = await ImportAsync(factory.Services, folder);
        await using var db = database.CreateContext();

        Assert.False(report.SkippedAnything, report.ToString());
        var bentley = await db.Organisations.SingleAsync(o => o.Name == "BENTLEY SYSTEMS DE MEXICO SA de");
        Assert.Contains("'BSM971107ME6'", bentley.ReviewNote, StringComparison.Ordinal);
        var licence = await db.Contracts.SingleAsync(c => c.ProviderId == bentley.Id);
        Assert.Null(licence.TotalValuePence);
        Assert.Contains("75,464.96 USD", licence.Description, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2016, 1, 1), licence.StartDate);
        var cycleLanes = await db.Contracts.Include(c => c.Provider).SingleAsync(c => c.Ocid == "ocds-213czf-000-00001");
        Assert.Equal("GB-COH-11111111", cycleLanes.Provider!.Identifier);
        Assert.Equal(1_100_000_000, cycleLanes.TotalValuePence);
    }

    [Fact]
    public async Task Import_Again_DoesNotRaiseAReviewFlagAnAdministratorCleared()
    {
        var folder = ReferenceData.PathTo("ocds-examples");
        await using var factory = new PortalFactory(database);
        await ImportAsync(factory.Services, folder);
        await using var db = database.CreateContext();
        var flagged = await db.Organisations.SingleAsync(o => o.Name == "BENTLEY SYSTEMS DE MEXICO SA de");
        var note = Assert.IsType<string>(flagged.ReviewNote);
        flagged.ReviewNote = null;
        await db.SaveChangesAsync();
        try
        {
            var again = await ImportAsync(factory.Services, folder);

            await db.Entry(flagged).ReloadAsync();
            Assert.Null(flagged.ReviewNote);
            Assert.Equal(0, again.OrganisationsUpdated);
        }
        finally
        {
            // The other tests in this class share the database and expect the flag the import raised.
            flagged.ReviewNote = note;
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task Import_AMissingPath_ReportsAnErrorAndChangesNothing()
    {
        await using var factory = new PortalFactory(database);

        var report = await ImportAsync(factory.Services, Path.Combine(database.DataFolder, "no-such-folder"));

        Assert.Contains("No OCDS file found", report.Problem, StringComparison.Ordinal);
        Assert.True(report.SkippedAnything);
    }

    private static async Task<OcdsImportReport> ImportAsync(IServiceProvider services, string path)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OcdsImporter>().ImportAsync(path);
    }
}

public sealed class SqliteOcdsImportTests(SqliteTestDatabase database) : OcdsImportTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresOcdsImportTests(PostgresTestDatabase database) : OcdsImportTests(database), IClassFixture<PostgresTestDatabase>;
