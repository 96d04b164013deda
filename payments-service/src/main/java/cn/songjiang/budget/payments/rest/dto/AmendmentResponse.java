package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.PlanDrafts;
import cn.songjiang.budget.payments.domain.Trigger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One amendment of a plan: why, by whom, and the installments before and after. */
public record AmendmentResponse(int revision, String reason, String amendedBy, Instant amendedAt,
        BigDecimal valueBefore, BigDecimal valueAfter,
        @Schema(maxItems = PlanDrafts.MAX_INSTALLMENTS) List<Snapshot> before,
        @Schema(maxItems = PlanDrafts.MAX_INSTALLMENTS) List<Snapshot> after) {

    /** An installment as it was on one side of the amendment. */
    public record Snapshot(int sequence, @Schema(nullable = true) BigDecimal percent, BigDecimal amount,
            Trigger trigger, InstallmentStatus status) {
    }
}
