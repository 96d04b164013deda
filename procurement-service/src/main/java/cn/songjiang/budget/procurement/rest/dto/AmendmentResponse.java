package cn.songjiang.budget.procurement.rest.dto;

import cn.songjiang.budget.procurement.domain.ContractAmendment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One amendment of a contract: its reason, who made it, and the values before and after. */
@Schema(name = "ContractAmendment")
public record AmendmentResponse(
        long contractId,
        @Schema(description = "1 for the first amendment of the contract", example = "1") int sequence,
        String reason,
        @Schema(example = "31800.00") BigDecimal previousValue,
        @Schema(example = "33800.00") BigDecimal newValue,
        LocalDate previousPeriodStart,
        LocalDate newPeriodStart,
        LocalDate previousPeriodEnd,
        LocalDate newPeriodEnd,
        @Schema(nullable = true) String valueOverPlanReason,
        String amendedBy,
        Instant amendedAt) {

    public static AmendmentResponse from(ContractAmendment a) {
        return new AmendmentResponse(a.contract.id, a.sequence, a.reason, a.previousValue, a.newValue,
                a.previousPeriodStart, a.newPeriodStart, a.previousPeriodEnd, a.newPeriodEnd, a.valueOverPlanReason,
                a.createdBy, a.createdAt);
    }
}
