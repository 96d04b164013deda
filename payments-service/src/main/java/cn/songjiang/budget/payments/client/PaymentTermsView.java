package cn.songjiang.budget.payments.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's parsed payment clause as projects-service returns it.
 *
 * @param kind INSTALLMENTS, LUMP_SUM, RECURRING or UNSPECIFIED
 * @param recurrence MONTHLY or QUARTERLY for a recurring clause
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentTermsView(String kind, String recurrence, List<Installment> installments, String clauseText) {

    /** One parsed installment: its share, trigger and the words it comes from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Installment(Integer sequence, BigDecimal percent, String trigger, Integer serviceMonths,
            LocalDate dueDate, String clauseText) {
    }
}
