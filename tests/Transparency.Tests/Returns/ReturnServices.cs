using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Data;
using Transparency.Web.Data.Bulk;
using Transparency.Web.Domain;
using Transparency.Web.Publication;
using Transparency.Web.Returns;
using Transparency.Web.Returns.Parsing;
using Transparency.Web.Returns.Validation;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Tests.Returns;

/// <summary>The returns services on a test database, built by hand so a test can add an interceptor or a listener.</summary>
public sealed class ReturnServices : IAsyncDisposable
{
    public ReturnServices(TestDatabase database, ReturnsOptions? options = null, IInterceptor[]? interceptors = null)
    {
        Db = CreateContext(database, interceptors ?? []);
        Paths = new PortalPaths(database.DataFolder, database.DataFolder);
        var wrapped = Options.Create(options ?? new ReturnsOptions());
        var store = new OriginalFileStore(Db, Paths, TimeProvider.System);
        var deadlines = new ReturnDeadlineRule(Db);
        var signal = new PublicationSignal();
        _ = signal.NextAsync().ContinueWith(_ => Signalled = true, TaskScheduler.Default);
        Validator = new ReturnValidator(Db, wrapped);
        Submission = new ReturnSubmissionService(Db, Validator, store, deadlines, wrapped, TimeProvider.System, NullLogger<ReturnSubmissionService>.Instance);
        Publisher = new ReturnPublisher(Db, Validator, store, deadlines, signal, PublicationFaults.None, new FactWriter(Db, new BulkWriterFactory()), TimeProvider.System);
        Withdrawal = new ReturnWithdrawal(Db, signal, TimeProvider.System);
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

    /// <summary>True once a publication or withdrawal has woken the projections.</summary>
    public bool Signalled { get; private set; }

    public int StoredFileCount => Db.StoredFiles.Count();

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
