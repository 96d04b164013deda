package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.Recurrence;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recurring plan paid by actuals: one estimated installment per period of the service period. */
@Schema(description = "Recurring settlement by actuals; the period defaults to the contract's, else the project's, "
        + "else the fiscal year")
public record RecurringRequest(@NotNull Recurrence recurrence, LocalDate periodStart, LocalDate periodEnd) {
}
