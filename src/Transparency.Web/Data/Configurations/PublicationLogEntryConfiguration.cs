using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class PublicationLogEntryConfiguration : IEntityTypeConfiguration<PublicationLogEntry>
{
    public void Configure(EntityTypeBuilder<PublicationLogEntry> builder)
    {
        builder.ToTable("PublicationLog");
        builder.HasKey(e => e.Position);

        // SQLite: INTEGER PRIMARY KEY AUTOINCREMENT never reuses a position, even after the newest row is gone.
        builder.Property(e => e.Position).ValueGeneratedOnAdd().HasAnnotation("Sqlite:Autoincrement", true);
        builder.Property(e => e.ContractIds).HasMaxLength(20000);
        builder.Property(e => e.OrganisationIds).HasMaxLength(20000);
        builder.Ignore(e => e.Contracts);
        builder.Ignore(e => e.Organisations);
        builder.HasIndex(e => e.ReturnVersionId);
    }
}
