using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Transparency.Web.PerformanceNotices;

public sealed class NoticeEvidenceConfiguration : IEntityTypeConfiguration<NoticeEvidence>
{
    public void Configure(EntityTypeBuilder<NoticeEvidence> builder)
    {
        builder.ToTable("PerformanceNoticeEvidence");
        builder.Property(e => e.Commentary).HasMaxLength(2000);
        builder.HasIndex(e => new { e.AssessmentId, e.QuarterCode }).IsUnique();
    }
}
