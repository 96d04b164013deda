package cn.songjiang.budget.projects.rest.dto;

import cn.songjiang.budget.projects.service.BudgetImportService.ImportResult;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An imported budget document and what came of it. */
@Schema(name = "BudgetDocument", description = "An imported budget document")
public record BudgetDocumentResponse(
        @Schema(example = "1") long id,
        @Schema(description = "SHA-256 of the text (UTF-8, line endings normalised to LF)", maxLength = 64,
                pattern = "^[0-9a-f]{64}$") String contentHash,
        @Schema(example = "SJZWFW", maxLength = 20) String departmentCode,
        @Schema(example = "2026") int fiscalYear,
        @Schema(example = "上海市松江区2026年区级部门预算", maxLength = 200) String title,
        @Schema(description = "Number of lines of the text", example = "1750") int lineCount,
        @Schema(example = "43") long projectCount,
        @Schema(description = "Reconciliation findings raised by the import", example = "4") long findingCount,
        @Schema(description = "Findings not yet resolved", example = "4") long openFindingCount,
        Instant importedAt,
        @Schema(maxLength = 100, example = "admin") String importedBy) {

    public static BudgetDocumentResponse from(ImportResult r) {
        var d = r.document();
        return new BudgetDocumentResponse(d.id, d.contentHash, d.departmentCode, d.fiscalYear, d.title, d.lineCount,
                r.projectCount(), r.findingCount(), r.openFindingCount(), d.createdAt, d.createdBy);
    }
}
