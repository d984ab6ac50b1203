using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class FundingRecordConfiguration : IEntityTypeConfiguration<FundingRecord>
{
    public void Configure(EntityTypeBuilder<FundingRecord> builder)
    {
        builder.ToTable("Funding");
        builder.Property(f => f.Description).HasMaxLength(500);
        builder.HasIndex(f => new { f.ContractId, f.QuarterCode });
        builder.HasIndex(f => f.QuarterCode);
        builder.HasOne(f => f.ReturnVersion).WithMany(v => v.Funding).HasForeignKey(f => f.ReturnVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.Contract).WithMany().HasForeignKey(f => f.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
