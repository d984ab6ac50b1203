using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Transparency.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue5InsightSpeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FirstPublishedDay",
                table: "Returns",
                type: "INTEGER",
                nullable: true);

            // Existing returns get what QuarterlyReturn.FirstPublishedAt's setter would give them: the DayNumber
            // (days since 0001-01-01) of the UTC date, which is the first ten characters of the stored text.
            migrationBuilder.Sql("""
                UPDATE "Returns" SET "FirstPublishedDay" = CAST(julianday(substr("FirstPublishedAt", 1, 10)) - julianday('0001-01-01') AS INTEGER)
                WHERE "FirstPublishedAt" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FirstPublishedDay",
                table: "Returns");
        }
    }
}
