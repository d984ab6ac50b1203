using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Identifier).HasMaxLength(80);
        builder.HasIndex(o => o.Identifier).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.HasIndex(o => o.Name);
        builder.Property(o => o.RegistrationNumber).HasMaxLength(40);
        builder.Property(o => o.Website).HasMaxLength(500);
        builder.Property(o => o.ReviewNote).HasMaxLength(1000);
        builder.HasOne(o => o.ParentGroup).WithMany(g => g.Members).HasForeignKey(o => o.ParentGroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
