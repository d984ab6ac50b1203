using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class SatisfactionResultConfiguration : IEntityTypeConfiguration<SatisfactionResult>
{
    public void Configure(EntityTypeBuilder<SatisfactionResult> builder)
    {
        builder.ToTable("Satisfaction");
        builder.Property(s => s.Measure).HasMaxLength(300);
        builder.HasIndex(s => new { s.ContractId, s.QuarterCode });
        builder.HasIndex(s => s.ReturnVersionId);
        builder.HasOne(s => s.ReturnVersion).WithMany(v => v.Satisfaction).HasForeignKey(s => s.ReturnVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Contract).WithMany().HasForeignKey(s => s.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
