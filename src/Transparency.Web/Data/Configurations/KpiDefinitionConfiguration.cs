using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class KpiDefinitionConfiguration : IEntityTypeConfiguration<KpiDefinition>
{
    public void Configure(EntityTypeBuilder<KpiDefinition> builder)
    {
        builder.Property(k => k.Code).HasMaxLength(40);
        builder.HasIndex(k => new { k.ContractId, k.Code }).IsUnique();
        builder.Property(k => k.Name).HasMaxLength(300);
        builder.Property(k => k.Description).HasMaxLength(2000);
        builder.Property(k => k.CohortDimension).HasMaxLength(100);
        builder.Property(k => k.ComparableMeasure).HasMaxLength(60);
        builder.HasIndex(k => k.ComparableMeasure);
        builder.HasIndex(k => k.Kind);
    }
}
