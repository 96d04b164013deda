package cn.songjiang.budget.payments.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Scheduled outflow by month from unpaid installments. */
public record ForecastResponse(
        LocalDate asOf,
        String from,
        String to,
        String currency,
        @Schema(maxItems = 60) List<Month> months,
        @Schema(description = "Already overdue today; counted in the first month") BigDecimal overdue,
        @Schema(description = "Expected after the last month of the range") BigDecimal later,
        @Schema(description = "Triggers whose date nothing known allows to guess "
                + "(e.g. acceptance without a service period)")
        BigDecimal unscheduled,
        BigDecimal total) {

    /** One month of outflow. */
    public record Month(
            @Schema(examples = "2026-11") String month,
            @Schema(description = "Payable installments by their due date") BigDecimal due,
            @Schema(description = "Installments whose trigger has not happened, by its expected date")
            BigDecimal expected,
            BigDecimal total,
            int installments) {
    }
}
