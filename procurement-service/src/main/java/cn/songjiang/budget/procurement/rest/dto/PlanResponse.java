package cn.songjiang.budget.procurement.rest.dto;

import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.procurement.domain.PlanStatus;
import cn.songjiang.budget.procurement.domain.ProcurementCategory;
import cn.songjiang.budget.procurement.domain.ProcurementMethod;
import cn.songjiang.budget.procurement.domain.ProcurementPlan;
import cn.songjiang.budget.procurement.domain.SmeReservation;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A procurement plan, with what has been awarded on it so far. */
@Schema(name = "ProcurementPlan")
public record PlanResponse(
        long id,
        long budgetId,
        long projectId,
        @Schema(example = "SJZWFW-2026-P01") String projectCode,
        String title,
        ProcurementCategory category,
        ProcurementMethod method,
        @Schema(example = "公开招标") String methodLabel,
        @Schema(example = "32775.00") BigDecimal amount,
        @Schema(example = "CNY") String currency,
        SmeReservation smeReservation,
        @Schema(example = "32775.00") BigDecimal smeReserved,
        @Schema(example = "0.00") BigDecimal smallMicroReserved,
        @Schema(nullable = true) String smeExemptionReason,
        @Schema(nullable = true, description = "why an admin confirmed that the plan takes its category above the "
                + "declared budget; null when it does not") String categoryOverrunReason,
        @Schema(nullable = true, description = "the admin who confirmed the overrun") String categoryOverrunConfirmedBy,
        PlanStatus status,
        @Schema(nullable = true) String statusReason,
        @Schema(nullable = true, description = "value of the contracts awarded on the plan; null in a revision",
                example = "31800.00") BigDecimal awarded,
        Instant createdAt,
        String createdBy,
        long version) {

    public static PlanResponse from(ProcurementPlan plan, BigDecimal awarded) {
        return of(plan, awarded, plan.createdAt, plan.createdBy);
    }

    /**
     * The plan as one of its revisions stored it. A revision keeps no creation time and creator; they never change,
     * so they are taken from the plan as it is now.
     */
    public static PlanResponse revision(ProcurementPlan state, ProcurementPlan current) {
        return of(state, null, current.createdAt, current.createdBy);
    }

    private static PlanResponse of(ProcurementPlan plan, BigDecimal awarded, Instant createdAt, String createdBy) {
        return new PlanResponse(plan.id, plan.budget.id, plan.projectId, plan.projectCode, plan.title, plan.category,
                plan.method, plan.method.label(), plan.amount, Money.CURRENCY, plan.smeReservation, plan.smeReserved,
                plan.smallMicroReserved, plan.smeExemptionReason,
                plan.overrunReason, plan.overrunConfirmedBy,
                plan.status, plan.statusReason, awarded, createdAt, createdBy, plan.version);
    }
}
