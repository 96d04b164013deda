package cn.songjiang.budget.payments.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's parsed payment clause as projects-service returns it.
 *
 * @param kind INSTALLMENTS, LUMP_SUM, RECURRING or UNSPECIFIED
 * @param recurrence MONTHLY or QUARTERLY for a recurring clause
 */
public record PaymentTermsView(@JsonProperty(required = true) String kind, String recurrence,
        List<Installment> installments, String clauseText) {

    /** One parsed installment: its share, trigger and the words it comes from. */
    public record Installment(Integer sequence, @JsonProperty(required = true) BigDecimal percent,
            @JsonProperty(required = true) String trigger, Integer serviceMonths,
            LocalDate dueDate, String clauseText) {
    }
}
