using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class QuarterlyReturnConfiguration : IEntityTypeConfiguration<QuarterlyReturn>
{
    public void Configure(EntityTypeBuilder<QuarterlyReturn> builder)
    {
        builder.Ignore(r => r.Quarter);
        builder.HasIndex(r => new { r.ProviderId, r.QuarterCode }).IsUnique();
        builder.HasIndex(r => r.QuarterCode);
        builder.HasOne(r => r.Provider).WithMany().HasForeignKey(r => r.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Versions).WithOne(v => v.Return).HasForeignKey(v => v.ReturnId).OnDelete(DeleteBehavior.Restrict);
    }
}
