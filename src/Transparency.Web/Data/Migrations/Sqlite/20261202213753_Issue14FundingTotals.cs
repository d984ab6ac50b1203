using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Transparency.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue14FundingTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FundingContractTotals",
                columns: table => new
                {
                    ContractId = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AmountPence = table.Column<long>(type: "INTEGER", nullable: false),
                    Lines = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingContractTotals", x => new { x.ContractId, x.PaymentType });
                    table.ForeignKey(
                        name: "FK_FundingContractTotals_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingTotals",
                columns: table => new
                {
                    ContractId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuarterCode = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AmountPence = table.Column<long>(type: "INTEGER", nullable: false),
                    Lines = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingTotals", x => new { x.ContractId, x.QuarterCode, x.PaymentType });
                    table.ForeignKey(
                        name: "FK_FundingTotals_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectionCheckpoints",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<long>(type: "INTEGER", nullable: false),
                    AppliedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectionCheckpoints", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FundingTotals_QuarterCode_ContractId_PaymentType_AmountPence",
                table: "FundingTotals",
                columns: new[] { "QuarterCode", "ContractId", "PaymentType", "AmountPence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FundingContractTotals");

            migrationBuilder.DropTable(
                name: "FundingTotals");

            migrationBuilder.DropTable(
                name: "ProjectionCheckpoints");
        }
    }
}
