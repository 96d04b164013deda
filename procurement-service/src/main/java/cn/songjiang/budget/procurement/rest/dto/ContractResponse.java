package cn.songjiang.budget.procurement.rest.dto;

import cn.songjiang.budget.procurement.domain.Contract;
import cn.songjiang.budget.procurement.domain.ContractStatus;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.procurement.domain.ProcurementCategory;
import cn.songjiang.budget.procurement.domain.SupplierSize;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An awarded contract as payments-service reads it: value, dates, supplier, the supplier's size frozen at
 * signing, and the agreed payment term.
 */
@Schema(name = "Contract")
public record ContractResponse(
        long id,
        long projectId,
        @Schema(example = "SJZWFW-2026-P01") String projectCode,
        long planId,
        ProcurementCategory category,
        String title,
        SupplierRef supplier,
        @Schema(description = "the supplier's size when the contract was signed; never changes") SupplierSize supplierSizeAtSigning,
        @Schema(example = "31800.00") BigDecimal value,
        @Schema(description = "the value when signed, before amendments", example = "31800.00") BigDecimal originalValue,
        @Schema(example = "CNY") String currency,
        LocalDate signedDate,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(example = "30") int paymentTermDays,
        @Schema(nullable = true, description = "fraction per day, null when none agreed", example = "0.0005") BigDecimal latePaymentDailyRate,
        @Schema(nullable = true, description = "why an admin approved a value above the plan; null when within it")
        String valueOverPlanReason,
        @Schema(nullable = true, description = "the admin who approved the value above the plan") String valueOverPlanApprovedBy,
        boolean projectPaymentTermsLinked,
        ContractStatus status,
        @Schema(nullable = true) String statusReason,
        int amendmentCount,
        long version) {

    /** The supplier as it is now. */
    @Schema(name = "ContractSupplier")
    public record SupplierRef(long id, String name, String creditCode, SupplierSize size) {
    }

    public static ContractResponse from(Contract c) {
        return new ContractResponse(c.id, c.projectId, c.projectCode, c.plan.id, c.category, c.title,
                new SupplierRef(c.supplier.id, c.supplier.name, c.supplier.creditCode, c.supplier.size),
                c.supplierSizeAtSigning, c.value, c.originalValue, Money.CURRENCY, c.signedDate, c.periodStart,
                c.periodEnd, c.paymentTermDays, c.latePaymentDailyRate == null ? null
                        : c.latePaymentDailyRate.stripTrailingZeros(),
                c.valueOverPlanReason, c.valueOverPlanApprovedBy,
                c.projectPaymentTermsLinked, c.status, c.statusReason, c.amendmentCount, c.version);
    }
}
