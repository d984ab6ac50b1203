using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.PerformanceNotices;

public sealed class NoticeAssessmentConfiguration : IEntityTypeConfiguration<NoticeAssessment>
{
    public void Configure(EntityTypeBuilder<NoticeAssessment> builder)
    {
        builder.ToTable("PerformanceNoticeAssessments");
        builder.Property(a => a.KpiCode).HasMaxLength(40);
        builder.Property(a => a.KpiName).HasMaxLength(300);
        builder.Property(a => a.RuleExplanation).HasMaxLength(500);
        builder.Property(a => a.OverrideReason).HasMaxLength(NoticeReview.ReasonMaxLength);
        builder.Property(a => a.DecidedBy).HasMaxLength(256);
        builder.HasIndex(a => new { a.NoticeId, a.KpiDefinitionId }).IsUnique();
        builder.HasOne<KpiDefinition>().WithMany().HasForeignKey(a => a.KpiDefinitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Evidence).WithOne().HasForeignKey(e => e.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
