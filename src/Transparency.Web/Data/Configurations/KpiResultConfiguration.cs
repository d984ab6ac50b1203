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
        builder.HasOne(r => r.ReturnVersion).WithMany(v => v.KpiResults).HasForeignKey(r => r.ReturnVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.KpiDefinition).WithMany().HasForeignKey(r => r.KpiDefinitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contract>().WithMany().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
