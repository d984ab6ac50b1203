using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Transparency.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Issue5Indexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Funding_QuarterCode",
                table: "Funding");

            migrationBuilder.CreateIndex(
                name: "IX_Subcontracts_QuarterCode_ContractId_ReturnVersionId_Subcont~",
                table: "Subcontracts",
                columns: new[] { "QuarterCode", "ContractId", "ReturnVersionId", "SubcontractorId", "ValuePaidInQuarterPence" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVersions_ReturnId_Status",
                table: "ReturnVersions",
                columns: new[] { "ReturnId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_KpiResults_QuarterCode_Cohort_KpiDefinitionId_ReturnVersion~",
                table: "KpiResults",
                columns: new[] { "QuarterCode", "Cohort", "KpiDefinitionId", "ReturnVersionId", "Rating", "Actual", "ContractId", "AreaCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Funding_QuarterCode_ContractId_ReturnVersionId_PaymentType_~",
                table: "Funding",
                columns: new[] { "QuarterCode", "ContractId", "ReturnVersionId", "PaymentType", "AmountPence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Subcontracts_QuarterCode_ContractId_ReturnVersionId_Subcont~",
                table: "Subcontracts");

            migrationBuilder.DropIndex(
                name: "IX_ReturnVersions_ReturnId_Status",
                table: "ReturnVersions");

            migrationBuilder.DropIndex(
                name: "IX_KpiResults_QuarterCode_Cohort_KpiDefinitionId_ReturnVersion~",
                table: "KpiResults");

            migrationBuilder.DropIndex(
                name: "IX_Funding_QuarterCode_ContractId_ReturnVersionId_PaymentType_~",
                table: "Funding");

            migrationBuilder.CreateIndex(
                name: "IX_Funding_QuarterCode",
                table: "Funding",
                column: "QuarterCode");
        }
    }
}
