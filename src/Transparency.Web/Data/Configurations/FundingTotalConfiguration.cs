using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class FundingTotalConfiguration : IEntityTypeConfiguration<FundingTotal>
{
    public void Configure(EntityTypeBuilder<FundingTotal> builder)
    {
        builder.ToTable("FundingTotals");
        builder.HasKey(t => new { t.ContractId, t.QuarterCode, t.PaymentType });
        builder.Property(t => t.PaymentType).HasMaxLength(32);

        // A year's or a quarter's total reads its range of quarters and nothing else.
        builder.HasIndex(t => new { t.QuarterCode, t.ContractId, t.PaymentType, t.AmountPence });
        builder.HasOne<Contract>().WithMany().HasForeignKey(t => t.ContractId).OnDelete(DeleteBehavior.Cascade);
    }
}
