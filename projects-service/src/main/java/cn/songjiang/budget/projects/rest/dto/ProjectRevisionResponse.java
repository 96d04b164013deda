package cn.songjiang.budget.projects.rest.dto;

import cn.songjiang.budget.projects.domain.PaymentTermKind;
import cn.songjiang.budget.projects.domain.Project;
import cn.songjiang.budget.support.persistence.RevisionHistory.Revision;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of a project: who changed it, when, and its amounts then. */
@Schema(name = "ProjectRevision")
public record ProjectRevisionResponse(
        @Schema(example = "2") int revision,
        Instant changedAt,
        @Schema(maxLength = 100, example = "test-admin") String changedBy,
        @Schema(maxLength = 255, description = "the stable id of who changed it: the token's sub",
                example = "f3b2c1d0-6a4e-4d8b-9c1a-2e7f5b8d9a10") String changedById,
        @Schema(description = "ADD, MOD or DEL", example = "MOD") String change,
        @Schema(example = "1563600.00") BigDecimal amount,
        @Schema(example = "156.36") BigDecimal statedAmount,
        @Schema(example = "156.36元") String amountAsWritten,
        @Schema(nullable = true, example = "3") Long correctionFindingId,
        @Schema(nullable = true, maxLength = 1000) String correctionReason,
        PaymentTermKind paymentTermKind) {

    public static ProjectRevisionResponse from(Revision<Project> r) {
        Project p = r.state();
        return new ProjectRevisionResponse(r.revision(), r.changedAt(), r.changedBy(), r.changedById(), r.change(),
                p.amount, p.statedAmount, p.amountAsWritten, p.correctionFindingId, p.correctionReason, p.paymentTermKind);
    }
}
