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
        @Schema(description = "ADD, MOD or DEL", example = "MOD") String change,
        @Schema(example = "1563600.00") BigDecimal amount,
        @Schema(example = "156.36") BigDecimal statedAmount,
        @Schema(example = "156.36元") String amountAsWritten,
        @Schema(nullable = true, example = "3") Long correctionFindingId,
        @Schema(nullable = true, maxLength = 1000) String correctionReason,
        PaymentTermKind paymentTermKind) {

    public static ProjectRevisionResponse from(Revision<Project> r) {
        Project p = r.state();
        return new ProjectRevisionResponse(r.revision(), r.changedAt(), r.changedBy(), r.change(), p.amount,
                p.statedAmount, p.amountAsWritten, p.correctionFindingId, p.correctionReason, p.paymentTermKind);
    }
}
