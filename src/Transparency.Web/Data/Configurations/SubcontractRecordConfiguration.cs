using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class SubcontractRecordConfiguration : IEntityTypeConfiguration<SubcontractRecord>
{
    public void Configure(EntityTypeBuilder<SubcontractRecord> builder)
    {
        builder.ToTable("Subcontracts");
        builder.Property(s => s.Service).HasMaxLength(300);
        builder.HasIndex(s => new { s.ContractId, s.QuarterCode });
        builder.HasIndex(s => s.SubcontractorId);
        builder.HasIndex(s => s.ReturnVersionId);

        // Covers the subcontracting insights over a period of quarters.
        builder.HasIndex(s => new { s.QuarterCode, s.ContractId, s.ReturnVersionId, s.SubcontractorId, s.ValuePaidInQuarterPence });
        builder.HasOne(s => s.ReturnVersion).WithMany(v => v.Subcontracts).HasForeignKey(s => s.ReturnVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Contract).WithMany().HasForeignKey(s => s.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Subcontractor).WithMany().HasForeignKey(s => s.SubcontractorId).OnDelete(DeleteBehavior.Restrict);
    }
}
