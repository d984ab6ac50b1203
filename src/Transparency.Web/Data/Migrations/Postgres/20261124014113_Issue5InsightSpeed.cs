using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Transparency.Web.Data.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            // Existing returns get what QuarterlyReturn.FirstPublishedAt's setter would give them: the DayNumber
            // (days since 0001-01-01) of the UTC date, whatever the session's time zone.
            migrationBuilder.Sql("""
                UPDATE "Returns" SET "FirstPublishedDay" = ("FirstPublishedAt" AT TIME ZONE 'UTC')::date - DATE '0001-01-01'
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
