package cn.songjiang.budget.projects.service.importing;

import cn.songjiang.budget.projects.domain.PaymentTermKind;
import cn.songjiang.budget.projects.domain.PaymentTrigger;
import cn.songjiang.budget.projects.domain.Recurrence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's payment clause, structured, with the source text beside it so a person can check the parse.
 * For {@code INSTALLMENTS} and {@code LUMP_SUM} the percents sum to exactly 100.
 */
public record ParsedPaymentTerms(
        PaymentTermKind kind,
        Recurrence recurrence,
        List<Installment> installments,
        List<RecurringItem> recurringItems,
        String clauseText,
        List<Integer> lines) {

    public ParsedPaymentTerms {
        installments = List.copyOf(installments);
        recurringItems = List.copyOf(recurringItems);
        lines = List.copyOf(lines);
        if (kind == PaymentTermKind.INSTALLMENTS || kind == PaymentTermKind.LUMP_SUM) {
            BigDecimal sum = installments.stream().map(Installment::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                throw new IllegalArgumentException("installment percents sum to " + sum + ", not 100");
            }
        }
    }

    /** One payment: its order, share of the contract value, trigger, and the words it comes from. */
    public record Installment(
            int sequence,
            BigDecimal percent,
            PaymentTrigger trigger,
            Integer serviceMonths,
            LocalDate dueDate,
            String clauseText) {
    }

    /** One sentence of a recurring settlement, with its rhythm when the sentence states one. */
    public record RecurringItem(String clauseText, Recurrence recurrence) {
    }
}
