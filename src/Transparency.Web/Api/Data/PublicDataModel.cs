using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Api.Model;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Api.Data;

/// <summary>Maps the API types onto the stored tables and the published-only subqueries of <see cref="PublicDataSql"/>.</summary>
public static class PublicDataModel
{
    public static void Configure(ModelBuilder builder, PublicDataSql sql)
    {
        builder.Entity<ParentGroup>().ToTable("ParentGroups");

        builder.Entity<Organisation>(o =>
        {
            o.ToSqlQuery(PublicDataSql.Organisations());
            o.HasOne(x => x.ParentGroup).WithMany(g => g.Members).HasForeignKey(x => x.ParentGroupId);
        });

        builder.Entity<Contract>(c =>
        {
            c.ToTable("Contracts");
            c.Property(x => x.TotalValue).HasColumnName("TotalValuePence").HasConversion<MoneyConverter>();
            c.HasOne(x => x.Provider).WithMany(o => o.ContractsAsProvider).HasForeignKey(x => x.ProviderId);
            c.HasOne(x => x.Commissioner).WithMany(o => o.ContractsAsCommissioner).HasForeignKey(x => x.CommissionerId);
            c.HasMany(x => x.Kpis).WithOne(k => k.Contract).HasForeignKey(k => k.ContractId);
        });

        builder.Entity<KpiDefinition>().ToTable("KpiDefinitions");

        builder.Entity<Funding>(f =>
        {
            Fact(f, sql.Facts("Funding"), c => c.Funding);
            f.Property(x => x.Amount).HasColumnName("AmountPence").HasConversion<MoneyConverter>();
        });

        builder.Entity<KpiResult>(r =>
        {
            Fact(r, sql.Facts("KpiResults"), c => c.KpiResults);
            r.HasOne(x => x.Kpi).WithMany(k => k.Results).HasForeignKey(x => x.KpiDefinitionId);
        });

        builder.Entity<Subcontract>(s =>
        {
            Fact(s, sql.Facts("Subcontracts"), c => c.Subcontracts);
            s.Property(x => x.ValuePaidInQuarter).HasColumnName("ValuePaidInQuarterPence").HasConversion<MoneyConverter>();
            s.Property(x => x.TotalValue).HasColumnName("TotalValuePence").HasConversion<MoneyConverter>();
            s.HasOne(x => x.Subcontractor).WithMany(o => o.Subcontracts).HasForeignKey(x => x.SubcontractorId);
        });

        builder.Entity<Satisfaction>(s => Fact(s, sql.Facts("Satisfaction"), c => c.Satisfaction));

        builder.Entity<Return>(r =>
        {
            r.ToSqlQuery(sql.CurrentReturns());
            QuarterColumns(r);
            r.HasOne(x => x.Provider).WithMany(o => o.Returns).HasForeignKey(x => x.ProviderId);
            r.HasMany(x => x.Versions).WithOne(v => v.Return).HasForeignKey(v => v.ReturnId);
            r.HasMany(x => x.Funding).WithOne().HasForeignKey(f => f.ReturnVersionId).HasPrincipalKey(x => x.VersionId);
            r.HasMany(x => x.KpiResults).WithOne().HasForeignKey(f => f.ReturnVersionId).HasPrincipalKey(x => x.VersionId);
            r.HasMany(x => x.Subcontracts).WithOne().HasForeignKey(f => f.ReturnVersionId).HasPrincipalKey(x => x.VersionId);
            r.HasMany(x => x.Satisfaction).WithOne().HasForeignKey(f => f.ReturnVersionId).HasPrincipalKey(x => x.VersionId);
        });

        builder.Entity<ReturnVersion>(v =>
        {
            v.ToSqlQuery(sql.PublicVersions());
            QuarterColumns(v);
            v.HasOne(x => x.Provider).WithMany().HasForeignKey(x => x.ProviderId);
        });
    }

    private static void Fact<T>(EntityTypeBuilder<T> fact, string query, System.Linq.Expressions.Expression<Func<Contract, IEnumerable<T>?>> contractFacts)
        where T : class
    {
        fact.ToSqlQuery(query);
        QuarterColumns(fact);
        fact.HasOne(typeof(Contract), nameof(Model.Funding.Contract)).WithMany(GetName(contractFacts)).HasForeignKey(nameof(Model.Funding.ContractId));
        fact.HasOne(typeof(ReturnVersion), nameof(Model.Funding.ReturnVersion)).WithMany().HasForeignKey(nameof(Model.Funding.ReturnVersionId));
    }

    private static void QuarterColumns<T>(EntityTypeBuilder<T> entity)
        where T : class
    {
        entity.Property<string>("Quarter").HasConversion<QuarterLabelConverter>();
        entity.Property<DateOnly>("QuarterStart");
        entity.Property<string>("FinancialYear");
    }

    private static string GetName<T>(System.Linq.Expressions.Expression<Func<Contract, IEnumerable<T>?>> navigation) =>
        ((System.Linq.Expressions.MemberExpression)navigation.Body).Member.Name;
}
