using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Data;
using Transparency.Web.Data.Bulk;
using Transparency.Web.Domain;
using Transparency.Web.Returns;
using Transparency.Web.Returns.Parsing;
using Transparency.Web.Returns.Validation;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Tests.Returns;

/// <summary>The returns services on a test database, built by hand so a test can add an interceptor or a listener.</summary>
public sealed class ReturnServices : IAsyncDisposable
{
    public ReturnServices(TestDatabase database, ReturnsOptions? options = null, IInterceptor[]? interceptors = null, params IPublicationListener[] listeners)
    {
        Db = CreateContext(database, interceptors ?? []);
        Paths = new PortalPaths(database.DataFolder, database.DataFolder);
        var wrapped = Options.Create(options ?? new ReturnsOptions());
        var store = new OriginalFileStore(Paths);
        var deadlines = new ReturnDeadlineRule(Db);
        var notifier = new PublicationNotifier(listeners, NullLogger<PublicationNotifier>.Instance);
        Validator = new ReturnValidator(Db, wrapped);
        Submission = new ReturnSubmissionService(Db, Validator, store, deadlines, wrapped, TimeProvider.System, NullLogger<ReturnSubmissionService>.Instance);
        Publisher = new ReturnPublisher(Db, Validator, store, deadlines, notifier, new FactWriter(Db, new BulkWriterFactory()), TimeProvider.System);
        Withdrawal = new ReturnWithdrawal(Db, notifier, TimeProvider.System);
        Queries = new ReturnQueries(Db, Validator, store);
    }

    public TransparencyDbContext Db { get; }

    public PortalPaths Paths { get; }

    public ReturnValidator Validator { get; }

    public ReturnSubmissionService Submission { get; }

    public ReturnPublisher Publisher { get; }

    public ReturnWithdrawal Withdrawal { get; }

    public ReturnQueries Queries { get; }

    public Task<SubmissionResult> SubmitAsync(int organisationId, Quarter quarter, params UploadedFile[] files) =>
        Submission.SubmitAsync(new ReturnSubmission(organisationId, quarter, files, "provider@example.test", "192.0.2.10"));

    public int StoredFileCount => Directory.Exists(Paths.UploadsFolder) ? Directory.GetFiles(Paths.UploadsFolder).Length : 0;

    public ValueTask DisposeAsync() => Db.DisposeAsync();

    private static TransparencyDbContext CreateContext(TestDatabase database, IInterceptor[] interceptors)
    {
        if (database.Provider == "Postgres")
        {
            var postgres = new DbContextOptionsBuilder<PostgresTransparencyDbContext>();
            DataSetup.ConfigurePostgres(postgres, database.ConnectionString);
            return new PostgresTransparencyDbContext(postgres.AddInterceptors(interceptors).Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteTransparencyDbContext>();
        DataSetup.ConfigureSqlite(sqlite, database.ConnectionString);
        return new SqliteTransparencyDbContext(sqlite.AddInterceptors(interceptors).Options);
    }
}
