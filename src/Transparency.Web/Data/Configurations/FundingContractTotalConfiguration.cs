using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class FundingContractTotalConfiguration : IEntityTypeConfiguration<FundingContractTotal>
{
    public void Configure(EntityTypeBuilder<FundingContractTotal> builder)
    {
        builder.ToTable("FundingContractTotals");
        builder.HasKey(t => new { t.ContractId, t.PaymentType });
        builder.Property(t => t.PaymentType).HasMaxLength(32);
        builder.HasOne<Contract>().WithMany().HasForeignKey(t => t.ContractId).OnDelete(DeleteBehavior.Cascade);
    }
}
