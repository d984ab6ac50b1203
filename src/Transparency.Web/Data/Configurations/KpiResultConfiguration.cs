using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class KpiResultConfiguration : IEntityTypeConfiguration<KpiResult>
{
    public void Configure(EntityTypeBuilder<KpiResult> builder)
    {
        builder.Property(r => r.Cohort).HasMaxLength(100);
        builder.Property(r => r.AreaCode).HasMaxLength(9);
        builder.Property(r => r.Commentary).HasMaxLength(2000);
        builder.HasIndex(r => new { r.KpiDefinitionId, r.QuarterCode });
        builder.HasIndex(r => new { r.ContractId, r.QuarterCode });
        builder.HasIndex(r => r.ReturnVersionId);
        builder.HasIndex(r => r.Rating);

        // Covers the per-quarter insights (ratings, year on year, cohorts, regions): one quarter's rows are read
        // from this index alone, with the version id to check publication, instead of scanning every result.
        builder.HasIndex(r => new { r.QuarterCode, r.Cohort, r.KpiDefinitionId, r.ReturnVersionId, r.Rating, r.Actual, r.ContractId, r.AreaCode });
        builder.HasOne(r => r.ReturnVersion).WithMany(v => v.KpiResults).HasForeignKey(r => r.ReturnVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.KpiDefinition).WithMany().HasForeignKey(r => r.KpiDefinitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contract>().WithMany().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
