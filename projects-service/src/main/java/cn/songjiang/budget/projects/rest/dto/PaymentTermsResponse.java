package cn.songjiang.budget.projects.rest.dto;

import cn.songjiang.budget.projects.domain.PaymentInstallment;
import cn.songjiang.budget.projects.domain.PaymentTermKind;
import cn.songjiang.budget.projects.domain.PaymentTrigger;
import cn.songjiang.budget.projects.domain.Project;
import cn.songjiang.budget.projects.domain.RecurringPaymentItem;
import cn.songjiang.budget.projects.domain.Recurrence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's payment clause, structured, with the clause text beside it (the template for a payment plan). */
@Schema(name = "PaymentTerms")
public record PaymentTermsResponse(
        PaymentTermKind kind,
        @Schema(nullable = true, description = "MONTHLY or QUARTERLY for RECURRING terms; null otherwise") Recurrence recurrence,
        @Schema(description = "INSTALLMENTS and LUMP_SUM: the ordered payments; their percents sum to 100", maxItems = 100)
        List<Installment> installments,
        @Schema(description = "RECURRING: the sentences of the clause with their rhythm", maxItems = 100) List<RecurringItem>
                recurringItems,
        @Schema(nullable = true, description = "The whole clause as printed; null when the project text has none")
        String clauseText,
        @Schema(description = "Lines of the source document the clause comes from", maxItems = 100) List<Integer> lines) {

    /** One payment of the clause. */
    @Schema(name = "PaymentInstallment")
    public record Installment(
            @Schema(example = "2") int sequence,
            @Schema(description = "Share of the contract value", example = "40.00") BigDecimal percent,
            PaymentTrigger trigger,
            @Schema(nullable = true, description = "SERVICE_ELAPSED: months of service, when stated", example = "6")
            Integer serviceMonths,
            @Schema(nullable = true, description = "FIXED_DATE: the date (11月上旬 = 10 November of the fiscal year)",
                    example = "2026-11-10") LocalDate dueDate,
            @Schema(description = "The words of the clause this payment comes from",
                    example = "11月上旬（财政关账前）支付40%") String clauseText) {
    }

    /** One sentence of a recurring settlement. */
    @Schema(name = "RecurringPaymentItem")
    public record RecurringItem(
            @Schema(example = "托幼费每季度报销一次，按实报销。") String clauseText,
            @Schema(nullable = true) Recurrence recurrence) {
    }

    public static PaymentTermsResponse from(Project p, List<PaymentInstallment> installments,
            List<RecurringPaymentItem> recurring) {
        return new PaymentTermsResponse(p.paymentTermKind, p.recurrence,
                installments.stream().map(i -> new Installment(i.sequence, i.percent, i.trigger, i.serviceMonths,
                        i.dueDate, i.clauseText)).toList(),
                recurring.stream().map(r -> new RecurringItem(r.clauseText, r.recurrence)).toList(),
                p.paymentClauseText, p.paymentClauseLines);
    }
}
