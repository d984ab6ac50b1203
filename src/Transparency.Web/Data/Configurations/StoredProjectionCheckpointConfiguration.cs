using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class StoredProjectionCheckpointConfiguration : IEntityTypeConfiguration<StoredProjectionCheckpoint>
{
    public void Configure(EntityTypeBuilder<StoredProjectionCheckpoint> builder)
    {
        builder.ToTable("ProjectionCheckpoints");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(100);
    }
}
