using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Transparency.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue19PerformanceNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PerformanceNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContractId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromQuarterCode = table.Column<int>(type: "INTEGER", nullable: false),
                    ToQuarterCode = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContractValuePence = table.Column<long>(type: "INTEGER", nullable: true),
                    FindATenderNoticeId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EvidenceReadAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadyAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReadyBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceNotices_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceNoticeAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NoticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    KpiDefinitionId = table.Column<int>(type: "INTEGER", nullable: false),
                    KpiCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    KpiName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Target = table.Column<double>(type: "REAL", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProposedRating = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RuleExplanation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceNoticeAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceNoticeAssessments_KpiDefinitions_KpiDefinitionId",
                        column: x => x.KpiDefinitionId,
                        principalTable: "KpiDefinitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceNoticeAssessments_PerformanceNotices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "PerformanceNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceNoticeEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuarterCode = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnVersionId = table.Column<int>(type: "INTEGER", nullable: true),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    Actual = table.Column<double>(type: "REAL", nullable: true),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RatingDerived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Commentary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceNoticeEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceNoticeEvidence_PerformanceNoticeAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "PerformanceNoticeAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceNoticeAssessments_KpiDefinitionId",
                table: "PerformanceNoticeAssessments",
                column: "KpiDefinitionId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceNoticeAssessments_NoticeId_KpiDefinitionId",
                table: "PerformanceNoticeAssessments",
                columns: new[] { "NoticeId", "KpiDefinitionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceNoticeEvidence_AssessmentId_QuarterCode",
                table: "PerformanceNoticeEvidence",
                columns: new[] { "AssessmentId", "QuarterCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceNotices_ContractId_FromQuarterCode",
                table: "PerformanceNotices",
                columns: new[] { "ContractId", "FromQuarterCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceNotices_Status_ReadyAt",
                table: "PerformanceNotices",
                columns: new[] { "Status", "ReadyAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PerformanceNoticeEvidence");

            migrationBuilder.DropTable(
                name: "PerformanceNoticeAssessments");

            migrationBuilder.DropTable(
                name: "PerformanceNotices");
        }
    }
}
