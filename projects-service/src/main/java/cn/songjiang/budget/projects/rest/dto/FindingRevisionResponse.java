package cn.songjiang.budget.projects.rest.dto;

import cn.songjiang.budget.projects.domain.BudgetFinding;
import cn.songjiang.budget.projects.domain.FindingStatus;
import cn.songjiang.budget.support.persistence.RevisionHistory.Revision;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of a finding: its status and resolution at that time. */
@Schema(name = "FindingRevision")
public record FindingRevisionResponse(
        @Schema(example = "12") int revision,
        Instant changedAt,
        @Schema(maxLength = 100, example = "admin") String changedBy,
        @Schema(maxLength = 255, description = "the stable id of who changed it: the token's sub",
                example = "f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10") String changedById,
        @Schema(description = "ADD, MOD or DEL", example = "MOD") String change,
        @Schema(nullable = true) FindingStatus status,
        @Schema(nullable = true, example = "76205501.91") BigDecimal declared,
        @Schema(nullable = true, example = "73656156.87") BigDecimal computed,
        @Schema(nullable = true, example = "1563600.00") BigDecimal suggestedAmount,
        @Schema(nullable = true, example = "1563600.00") BigDecimal resolvedAmount,
        @Schema(nullable = true, maxLength = 1000) String resolutionReason,
        @Schema(nullable = true, maxLength = 100) String resolvedBy) {

    public static FindingRevisionResponse from(Revision<BudgetFinding> r) {
        BudgetFinding f = r.state();
        return new FindingRevisionResponse(r.revision(), r.changedAt(), r.changedBy(), r.changedById(), r.change(),
                f.status, f.declared, f.computed, f.suggestedAmount, f.resolvedAmount, f.resolutionReason, f.resolvedBy);
    }
}
