using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Transparency.Web.Domain;

namespace Transparency.Web.Data.Configurations;

public sealed class ContractAreaConfiguration : IEntityTypeConfiguration<ContractArea>
{
    public void Configure(EntityTypeBuilder<ContractArea> builder)
    {
        builder.HasKey(a => new { a.ContractId, a.AreaCode });
        builder.Property(a => a.AreaCode).HasMaxLength(9);
        builder.HasIndex(a => a.AreaCode);
    }
}
