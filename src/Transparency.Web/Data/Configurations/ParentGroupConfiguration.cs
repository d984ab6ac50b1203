using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class ParentGroupConfiguration : IEntityTypeConfiguration<ParentGroup>
{
    public void Configure(EntityTypeBuilder<ParentGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(300);
        builder.HasIndex(g => g.Name).IsUnique();
    }
}
