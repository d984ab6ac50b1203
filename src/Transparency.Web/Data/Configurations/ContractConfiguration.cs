using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(80);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(500);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.Ocid).HasMaxLength(120);
        builder.HasIndex(c => c.Ocid);
        builder.Property(c => c.NoticeUrl).HasMaxLength(500);
        builder.HasIndex(c => c.Sector);

        // Insights ask "which of this provider's contracts are active in quarter q" for every provider-quarter.
        builder.HasIndex(c => new { c.ProviderId, c.FirstQuarterCode, c.LastQuarterCode });
        builder.HasOne(c => c.Commissioner).WithMany(o => o.ContractsAsCommissioner)
            .HasForeignKey(c => c.CommissionerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Provider).WithMany(o => o.ContractsAsProvider)
            .HasForeignKey(c => c.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Areas).WithOne().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Kpis).WithOne(k => k.Contract).HasForeignKey(k => k.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
