package cn.songjiang.budget.payments.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectView(long id, String code, String name, int fiscalYear, String departmentCode,
        BigDecimal amount, BigDecimal targetCompletion, LocalDate periodStart, LocalDate periodEnd,
        PaymentTermsView paymentTerms) {
}
