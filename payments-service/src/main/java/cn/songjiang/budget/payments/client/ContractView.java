package cn.songjiang.budget.payments.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What this service reads of a contract (procurement-service {@code GET /api/v1/contracts/{id}}).
 *
 * @param supplierSizeAtSigning the size that decides SME protection, fixed at signing
 * @param latePaymentDailyRate agreed late-payment interest per day as a fraction, or null
 */
public record ContractView(@JsonProperty(required = true) long id, @JsonProperty(required = true) long projectId,
        Long planId, String category, Supplier supplier, @JsonProperty(required = true) String supplierSizeAtSigning,
        @JsonProperty(required = true) BigDecimal value, @JsonProperty(required = true) String currency,
        LocalDate signedDate, LocalDate periodStart, LocalDate periodEnd, Integer paymentTermDays,
        BigDecimal latePaymentDailyRate, String status) {

    /** The supplier as procurement-service names it. */
    public record Supplier(Long id, String name, String creditCode, String size) {
    }
}
