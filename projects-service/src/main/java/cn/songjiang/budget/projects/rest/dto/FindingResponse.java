package cn.songjiang.budget.projects.rest.dto;

import cn.songjiang.budget.projects.domain.BudgetFinding;
import cn.songjiang.budget.projects.domain.FindingCode;
import cn.songjiang.budget.projects.domain.FindingStatus;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reconciliation finding of an imported document. */
@Schema(name = "Finding", description = "A declared figure of the document that its parts do not reproduce")
public record FindingResponse(
        @Schema(example = "3") long id,
        @Schema(example = "1") long documentId,
        FindingCode code,
        @Schema(maxLength = 1000) String subject,
        @Schema(nullable = true, description = "The figure as the document declares it (元 for money)", example = "76205501.91")
        BigDecimal declared,
        @Schema(nullable = true, description = "The figure recomputed from its parts", example = "73656156.87") BigDecimal computed,
        @Schema(nullable = true, description = "declared − computed", example = "2549345.04") BigDecimal difference,
        @Schema(description = "Lines of the source document involved", maxItems = 1000) List<Integer> lines,
        @Schema(nullable = true, description = "The most likely cause when the numbers show one; null otherwise")
        String likelyCause,
        @Schema(nullable = true, description = "The project whose amount the finding concerns, if one", example = "7") Long projectId,
        @Schema(nullable = true, example = "SJZWFW-2026-P07", maxLength = 40) String projectCode,
        @Schema(nullable = true, description = "The amount the totals imply for that project (元)", example = "1563600.00")
        BigDecimal suggestedAmount,
        FindingStatus status,
        @Schema(nullable = true, description = "How it was resolved; null while OPEN") FindingResolution resolution,
        @Schema(example = "0") long version) {

    public static FindingResponse from(BudgetFinding f) {
        FindingResolution resolution = f.status == FindingStatus.RESOLVED
                ? new FindingResolution(f.resolvedAmount, f.resolutionReason, f.resolvedBy, f.resolvedAt) : null;
        return new FindingResponse(f.id, f.documentId, f.code, f.subject, f.declared, f.computed, f.difference,
                f.sourceLines, f.likelyCause, f.projectId, f.projectCode, f.suggestedAmount, f.status, resolution,
                f.version);
    }
}
