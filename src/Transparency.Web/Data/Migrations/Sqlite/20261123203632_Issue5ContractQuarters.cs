using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Transparency.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue5ContractQuarters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contracts_ProviderId",
                table: "Contracts");

            migrationBuilder.AddColumn<int>(
                name: "FirstQuarterCode",
                table: "Contracts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "LastQuarterCode",
                table: "Contracts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing contracts get the codes the entity's date setters would give them (financial-year quarters, Q4 = Jan–Mar).
            migrationBuilder.Sql("""
                UPDATE "Contracts" SET "FirstQuarterCode" = ((CASE WHEN CAST(substr("StartDate", 6, 2) AS INTEGER) >= 4 THEN CAST(substr("StartDate", 1, 4) AS INTEGER) ELSE CAST(substr("StartDate", 1, 4) AS INTEGER) - 1 END) * 10 + (CAST(substr("StartDate", 6, 2) AS INTEGER) + 8) % 12 / 3 + 1), "LastQuarterCode" = ((CASE WHEN CAST(substr("EndDate", 6, 2) AS INTEGER) >= 4 THEN CAST(substr("EndDate", 1, 4) AS INTEGER) ELSE CAST(substr("EndDate", 1, 4) AS INTEGER) - 1 END) * 10 + (CAST(substr("EndDate", 6, 2) AS INTEGER) + 8) % 12 / 3 + 1);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ProviderId_FirstQuarterCode_LastQuarterCode",
                table: "Contracts",
                columns: new[] { "ProviderId", "FirstQuarterCode", "LastQuarterCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contracts_ProviderId_FirstQuarterCode_LastQuarterCode",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "FirstQuarterCode",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "LastQuarterCode",
                table: "Contracts");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ProviderId",
                table: "Contracts",
                column: "ProviderId");
        }
    }
}
