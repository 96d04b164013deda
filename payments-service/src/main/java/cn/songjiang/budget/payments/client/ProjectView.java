package cn.songjiang.budget.payments.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What this service reads of a project (projects-service {@code GET /api/v1/projects/{id}}).
 *
 * @param amount the effective budget, after confirmed corrections
 * @param targetCompletion completion of the performance targets as a ratio (4 decimals), or null
 * @param periodStart first day of the project's 实施周期, or null
 * @param periodEnd last day of the project's 实施周期, or null
 */
public record ProjectView(@JsonProperty(required = true) long id, @JsonProperty(required = true) String code,
        @JsonProperty(required = true) String name, @JsonProperty(required = true) int fiscalYear,
        @JsonProperty(required = true) String departmentCode, @JsonProperty(required = true) BigDecimal amount,
        BigDecimal targetCompletion, LocalDate periodStart, LocalDate periodEnd,
        PaymentTermsView paymentTerms) {
}
