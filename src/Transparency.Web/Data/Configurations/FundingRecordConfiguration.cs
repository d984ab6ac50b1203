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

        // Covers the money insights (funding mix, concentration, subcontracting) over a period of quarters.
        builder.HasIndex(f => new { f.QuarterCode, f.ContractId, f.ReturnVersionId, f.PaymentType, f.AmountPence });
        // The API's commonest question of a quarter, "the largest payments", reads this in order and stops at the page.
        builder.HasIndex(f => new { f.QuarterCode, f.AmountPence });
        builder.HasOne(f => f.ReturnVersion).WithMany(v => v.Funding).HasForeignKey(f => f.ReturnVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.Contract).WithMany().HasForeignKey(f => f.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
