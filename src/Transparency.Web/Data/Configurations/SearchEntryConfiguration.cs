using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

/// <summary>
/// The search table. Each engine's full-text index over it is made by its own migration in SQL the model cannot
/// express: an FTS5 table kept by triggers on SQLite, a generated tsvector column with a GIN index on PostgreSQL.
/// </summary>
public sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.ToTable("SearchEntries");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.Kind, e.EntityId }).IsUnique();
        builder.HasIndex(e => e.ContractId);
        builder.Property(e => e.Title).HasMaxLength(500);
        builder.Property(e => e.Url).HasMaxLength(500);
        builder.Property(e => e.Summary).HasMaxLength(1000);
        builder.Property(e => e.Name).HasMaxLength(500);
    }
}
