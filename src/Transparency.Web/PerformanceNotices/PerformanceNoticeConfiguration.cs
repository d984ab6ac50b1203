using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.PerformanceNotices;

public sealed class PerformanceNoticeConfiguration : IEntityTypeConfiguration<PerformanceNotice>
{
    public void Configure(EntityTypeBuilder<PerformanceNotice> builder)
    {
        builder.ToTable("PerformanceNotices");
        builder.Property(n => n.CreatedBy).HasMaxLength(256);
        builder.Property(n => n.ReadyBy).HasMaxLength(256);
        builder.Property(n => n.FindATenderNoticeId).HasMaxLength(NoticeIdentifiers.FindATenderMaxLength);

        // One notice per contract and period: a second draft of the same period would let two reviews disagree.
        builder.HasIndex(n => new { n.ContractId, n.FromQuarterCode }).IsUnique();
        builder.HasIndex(n => new { n.Status, n.ReadyAt });
        builder.HasOne<Contract>().WithMany().HasForeignKey(n => n.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Assessments).WithOne().HasForeignKey(a => a.NoticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
