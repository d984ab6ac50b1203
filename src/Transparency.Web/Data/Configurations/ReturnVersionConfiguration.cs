using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class ReturnVersionConfiguration : IEntityTypeConfiguration<ReturnVersion>
{
    public void Configure(EntityTypeBuilder<ReturnVersion> builder)
    {
        builder.HasIndex(v => new { v.ReturnId, v.VersionNumber }).IsUnique();
        builder.HasIndex(v => new { v.ReturnId, v.FileSha256 });
        builder.HasIndex(v => v.Status);
        builder.HasIndex(v => v.PublishedAt);

        // "Does this return have a published version?" (timeliness): without it SQLite reads every published version.
        builder.HasIndex(v => new { v.ReturnId, v.Status });
        builder.Property(v => v.RestatementReason).HasMaxLength(2000);
        builder.Property(v => v.WithdrawalReason).HasMaxLength(2000);
        builder.Property(v => v.OriginalFileName).HasMaxLength(260);
        builder.Property(v => v.StoredFileName).HasMaxLength(100);
        builder.Property(v => v.FileSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(v => v.SubmittedBy).HasMaxLength(256);
        builder.Property(v => v.PublishedBy).HasMaxLength(256);
        builder.Property(v => v.WithdrawnBy).HasMaxLength(256);
        builder.HasOne(v => v.Supersedes).WithMany().HasForeignKey(v => v.SupersedesVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
