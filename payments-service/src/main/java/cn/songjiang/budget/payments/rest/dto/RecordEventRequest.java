package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.Trigger;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** That an installment's trigger happened: when, and the evidence. */
public record RecordEventRequest(
        @Schema(description = "The trigger that happened; when given it must be the installment's trigger")
        Trigger trigger,
        @Schema(description = "Date of the event (the acceptance date for acceptances)", examples = "2026-03-02")
        @NotNull LocalDate date,
        @Schema(description = "Reference of the evidence: acceptance report, signed contract, bill number",
                examples = "验收报告 SJZWFW-2026-017") @NotBlank @Size(max = 500) String evidenceRef,
        @Schema(description = "Settled amount of a recurring period; replaces its estimate", examples = "81234.56",
                multipleOf = MoneyLimits.STEP)
        @DecimalMin("0.00") @DecimalMax(MoneyLimits.MAX) @Digits(integer = 13, fraction = 2) BigDecimal actualAmount,
        @Size(max = 1000) String note) {
}
