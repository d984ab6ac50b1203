using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Workflow;

namespace Transparency.Tests.Returns;

/// <summary>Each test uses its own quarter, so the tests of a class share one register without sharing a return.</summary>
public abstract class PublishingTests(TestDatabase database)
{
    [Fact]
    public async Task Publish_FirstVersion_MakesFactsPublicAndRecordsEverything()
    {
        var quarter = new Quarter(2024, 1);
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var draft = await services.SubmitAsync(scenario.ProviderId, quarter, Sample(quarter).CsvFiles());

        var result = await services.Publisher.PublishAsync(new PublishRequest(draft.DraftVersionId!.Value, "provider@example.test", "192.0.2.10"));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(1, result.VersionNumber);
        var history = (await services.Queries.GetHistoryAsync(scenario.ProviderId, quarter))!;
        Assert.NotNull(history.FirstPublishedAt);
        Assert.Equal(quarter.DefaultDeadline, history.DueDate);
        Assert.Equal(ReturnVersionStatus.Published, history.Current!.Status);
        Assert.Equal(3, await services.Db.Funding.CountAsync(f => f.ReturnVersionId == draft.DraftVersionId && f.QuarterCode == quarter.Code));
        Assert.True(await services.Db.Organisations.AnyAsync(o => o.Identifier == "GB-CHC-1234567" && o.LegalForm == LegalForm.Charity && o.ReviewNote != null));
        Assert.Equal([ReturnAudit.Upload, ReturnAudit.Publish], await services.Db.AuditEntries.Where(a => a.Subject.StartsWith($"return-version/{draft.DraftVersionId} "))
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal("192.0.2.10", (await services.Db.AuditEntries.OrderBy(a => a.Id).LastAsync()).IpAddress);
        var change = Assert.Single(await services.Db.PublicationLog.Where(e => e.ReturnVersionId == draft.DraftVersionId).ToListAsync());
        Assert.Equal((PublicationChangeKind.Published, scenario.ProviderId, quarter.Code, 1), (change.Kind, change.ProviderId, change.QuarterCode, change.VersionNumber));
        Assert.Contains(await services.Db.Contracts.Where(c => c.Reference == "C-HOU-2").Select(c => c.Id).SingleAsync(), change.Contracts);
        Assert.True(services.Signalled, "The projections in this process are woken at once.");
    }

    [Fact]
    public async Task Restate_WithReason_SupersedesAndKeepsHistory()
    {
        var quarter = new Quarter(2024, 2);
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var first = await PublishAsync(services, scenario, quarter, Sample(quarter));
        var corrected = Sample(quarter).Add(Web.Returns.Standard.ReturnStandard.Funding, new()
        {
            ["contract_reference"] = "C-HOU-2",
            ["payment_type"] = "fee",
            ["amount"] = "10.00",
            ["description"] = "Late invoice",
        });
        var draft = await services.SubmitAsync(scenario.ProviderId, quarter, corrected.CsvFiles());

        var withoutReason = await services.Publisher.PublishAsync(new PublishRequest(draft.DraftVersionId!.Value, "provider@example.test", null));
        var restated = await services.Publisher.PublishAsync(new PublishRequest(draft.DraftVersionId.Value, "provider@example.test", null, "Added a late invoice"));

        Assert.Equal(ReturnActionOutcome.ReasonRequired, withoutReason.Outcome);
        Assert.True(restated.Succeeded, restated.Message);
        Assert.Equal(2, restated.VersionNumber);
        var history = (await services.Queries.GetHistoryAsync(scenario.ProviderId, quarter))!;
        Assert.Equal([(2, ReturnVersionStatus.Published), (1, ReturnVersionStatus.Superseded)], history.Versions.Select(v => (v.VersionNumber!.Value, v.Status)));
        Assert.Equal("Added a late invoice", history.Current!.RestatementReason);
        Assert.Equal(first, history.Current.SupersedesVersionId);
        Assert.Equal(3, await services.Db.Funding.CountAsync(f => f.ReturnVersionId == first));
        Assert.Equal(4, await services.Db.Funding.CountAsync(f => f.ReturnVersionId == draft.DraftVersionId));
        Assert.Equal(ReturnAudit.Restate, (await services.Db.AuditEntries.OrderBy(a => a.Id).LastAsync()).Action);
    }

    [Fact]
    public async Task Submit_SameBytesAgain_CreatesNothingAndSaysWhichVersion()
    {
        var quarter = new Quarter(2024, 3);
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var files = Sample(quarter).CsvFiles();
        await PublishAsync(services, scenario, quarter, Sample(quarter));
        var versions = await services.Db.ReturnVersions.CountAsync();
        var stored = services.StoredFileCount;

        var again = await services.SubmitAsync(scenario.ProviderId, quarter, files.Reverse().ToArray());

        Assert.False(again.Accepted);
        Assert.Equal((1, ReturnVersionStatus.Published), (again.Duplicate!.VersionNumber, again.Duplicate.Status));
        Assert.Equal("You have uploaded this exact file for 2024-25 Q3 before: it is version 1, which is published. Nothing has changed.", again.Duplicate.Message);
        Assert.Equal(versions, await services.Db.ReturnVersions.CountAsync());
        Assert.Equal(stored, services.StoredFileCount);
    }

    [Fact]
    public async Task Withdraw_CurrentVersion_RestoresThePreviousOne()
    {
        var quarter = new Quarter(2024, 4);
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var first = await PublishAsync(services, scenario, quarter, Sample(quarter));
        var second = await PublishAsync(services, scenario, quarter, Sample(quarter).Add(Web.Returns.Standard.ReturnStandard.Funding, new()
        {
            ["contract_reference"] = "C-HOU-2",
            ["payment_type"] = "grant",
            ["amount"] = "1.00",
        }), "Added a grant");

        var noReason = await services.Withdrawal.WithdrawAsync(new WithdrawRequest(second, " ", "admin@example.test", "198.51.100.7"));
        var withdrawn = await services.Withdrawal.WithdrawAsync(new WithdrawRequest(second, "Published against the wrong contract", "admin@example.test", "198.51.100.7"));
        var again = await services.Withdrawal.WithdrawAsync(new WithdrawRequest(second, "Twice", "admin@example.test", null));

        Assert.Equal(ReturnActionOutcome.ReasonRequired, noReason.Outcome);
        Assert.True(withdrawn.Succeeded, withdrawn.Message);
        Assert.Equal("Version 2 of the 2024-25 Q4 return is withdrawn. Version 1 is public again.", withdrawn.Message);
        Assert.Equal(ReturnActionOutcome.Conflict, again.Outcome);
        services.Db.ChangeTracker.Clear();
        var history = (await services.Queries.GetHistoryAsync(scenario.ProviderId, quarter))!;
        Assert.Equal(first, history.Current!.Id);
        var hidden = history.Versions.Single(v => v.Id == second);
        Assert.Equal((ReturnVersionStatus.Withdrawn, "Published against the wrong contract", "admin@example.test"), (hidden.Status, hidden.WithdrawalReason, hidden.WithdrawnBy));
        Assert.Equal(4, await services.Db.Funding.CountAsync(f => f.ReturnVersionId == second));
        Assert.Equal([PublicationChangeKind.Published, PublicationChangeKind.Restated, PublicationChangeKind.Withdrawn],
            await services.Db.PublicationLog.Where(e => e.ReturnId == history.ReturnId).OrderBy(e => e.Position).Select(e => e.Kind).ToListAsync());
        Assert.Equal(ReturnAudit.Withdraw, (await services.Db.AuditEntries.OrderBy(a => a.Id).LastAsync()).Action);
    }

    [Fact]
    public async Task Publish_WhenFailingMidway_LeavesPreviousStateIntact()
    {
        var quarter = new Quarter(2026, 1);
        var scenario = await ReturnScenario.EnsureAsync(database);
        int first;
        int draftId;
        await using (var services = new ReturnServices(database))
        {
            first = await PublishAsync(services, scenario, quarter, Sample(quarter));
            var restatement = Sample(quarter).Add(Web.Returns.Standard.ReturnStandard.Subcontracts, new()
            {
                ["contract_reference"] = "C-HOU-2",
                ["subcontractor_id"] = "GB-COH-12345678",
                ["subcontractor_name"] = "Brand New Ltd",
                ["service"] = "Repairs",
                ["value_paid_in_quarter"] = "10",
                ["total_value"] = "100",
            });
            draftId = (await services.SubmitAsync(scenario.ProviderId, quarter, restatement.CsvFiles())).DraftVersionId!.Value;
        }

        long head;
        await using (var before = new ReturnServices(database))
        {
            head = await before.Db.PublicationLog.MaxAsync(e => e.Position);
        }

        await using (var failing = new ReturnServices(database, interceptors: [new FailOnInsert("AuditEntries")]))
        {
            await Assert.ThrowsAnyAsync<Exception>(() =>
                failing.Publisher.PublishAsync(new PublishRequest(draftId, "provider@example.test", null, "Added a subcontract")));
        }

        await using var check = new ReturnServices(database);
        var history = (await check.Queries.GetHistoryAsync(scenario.ProviderId, quarter))!;
        Assert.Equal(first, history.Current!.Id);
        Assert.Equal(1, history.Current.VersionNumber);
        var draft = history.Versions.Single(v => v.Id == draftId);
        Assert.Equal((ReturnVersionStatus.Draft, (int?)null), (draft.Status, draft.VersionNumber));
        Assert.False(await check.Db.Organisations.AnyAsync(o => o.Identifier == "GB-COH-12345678"));
        Assert.Equal(0, await check.Db.Funding.CountAsync(f => f.ReturnVersionId == draftId));
        Assert.Equal(0, await check.Db.KpiResults.CountAsync(f => f.ReturnVersionId == draftId));
        Assert.False(await check.Db.AuditEntries.AnyAsync(a => a.Action == ReturnAudit.Restate && a.Subject.StartsWith($"return-version/{draftId} ")));
        Assert.Equal(head, await check.Db.PublicationLog.MaxAsync(e => e.Position));

        var retried = await check.Publisher.PublishAsync(new PublishRequest(draftId, "provider@example.test", null, "Added a subcontract"));
        Assert.True(retried.Succeeded, retried.Message);
        Assert.Equal(2, retried.VersionNumber);
    }

    [Fact]
    public async Task Publish_LogEntries_ComeInCommitOrderWithoutARegistryChangeForNewSubcontractors()
    {
        var quarter = new Quarter(2026, 2);
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var before = await services.Db.PublicationLog.MaxAsync(e => (long?)e.Position) ?? 0;

        var first = await PublishAsync(services, scenario, quarter, Sample(quarter));
        var second = await PublishAsync(services, scenario, quarter, Sample(quarter).Add(Web.Returns.Standard.ReturnStandard.Subcontracts, new()
        {
            ["contract_reference"] = "C-HOU-2",
            ["subcontractor_id"] = "GB-COH-87654321",
            ["subcontractor_name"] = "Newly Named Ltd",
            ["service"] = "Repairs",
            ["value_paid_in_quarter"] = "10",
            ["total_value"] = "100",
        }), "Added a subcontractor");

        var entries = await services.Db.PublicationLog.Where(e => e.Position > before).OrderBy(e => e.Position).ToListAsync();
        Assert.Equal([(PublicationChangeKind.Published, first), (PublicationChangeKind.Restated, second)], entries.Select(e => (e.Kind, e.ReturnVersionId ?? 0)));
        Assert.True(await services.Db.Organisations.AnyAsync(o => o.Identifier == "GB-COH-87654321"));
    }

    [Fact]
    public async Task Publish_AnotherOrganisationsDraft_IsForbidden()
    {
        var quarter = new Quarter(2026, 3);
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var draft = await services.SubmitAsync(scenario.ProviderId, quarter, Sample(quarter).CsvFiles());

        var result = await services.Publisher.PublishAsync(new PublishRequest(draft.DraftVersionId!.Value, "other@example.test", null, OrganisationId: scenario.OtherProviderId));

        Assert.Equal(ReturnActionOutcome.Forbidden, result.Outcome);
        Assert.Null(await services.Queries.GetPreviewAsync(draft.DraftVersionId.Value, scenario.OtherProviderId));
        Assert.NotNull(await services.Queries.GetPreviewAsync(draft.DraftVersionId.Value, scenario.ProviderId));
    }

    private static ReturnFiles Sample(Quarter quarter) => InputFormTests.SampleReturn(quarter);

    private static async Task<int> PublishAsync(ReturnServices services, ReturnScenario scenario, Quarter quarter, ReturnFiles files, string? reason = null)
    {
        var draft = await services.SubmitAsync(scenario.ProviderId, quarter, files.CsvFiles());
        Assert.True(draft.Accepted, string.Join(Environment.NewLine, draft.Report.Entries.Select(e => e.Message)));
        var result = await services.Publisher.PublishAsync(new PublishRequest(draft.DraftVersionId!.Value, "provider@example.test", "192.0.2.10", reason));
        Assert.True(result.Succeeded, result.Message);
        return draft.DraftVersionId.Value;
    }

    /// <summary>Throws when EF inserts into the table: the audit entry is written last, after the new organisations and every fact.</summary>
    private sealed class FailOnInsert(string table) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("Injected failure in the middle of publishing.")
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

public sealed class SqlitePublishingTests(SqliteTestDatabase database) : PublishingTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresPublishingTests(PostgresTestDatabase database) : PublishingTests(database), IClassFixture<PostgresTestDatabase>;
