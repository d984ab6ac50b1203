using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class SearchTermConfiguration : IEntityTypeConfiguration<SearchTerm>
{
    public void Configure(EntityTypeBuilder<SearchTerm> builder)
    {
        builder.ToTable("SearchTerms");
        builder.HasKey(t => t.Term);
        builder.Property(t => t.Term).HasMaxLength(64);
    }
}
