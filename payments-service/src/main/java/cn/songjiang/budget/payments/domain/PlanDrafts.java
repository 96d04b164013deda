package cn.songjiang.budget.payments.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns installment descriptions, templates and recurring periods into installments with exact amounts. */
public final class PlanDrafts {

    /** The most installments a plan may hold (ten years of monthly settlements, twice). */
    public static final int MAX_INSTALLMENTS = 240;

    private final FiscalCalendar calendar;

    public PlanDrafts(FiscalCalendar calendar) {
        this.calendar = calendar;
    }

    /** Installments of {@code value} split by the specs' percents; fixed dates default to the fiscal close. */
    public List<DraftInstallment> fromSpecs(BigDecimal value, List<InstallmentSpec> specs, int fiscalYear) {
        List<BigDecimal> amounts = InstallmentSplit.byPercents(value,
                specs.stream().map(InstallmentSpec::percent).toList());
        return build(amounts, specs, fiscalYear);
    }

    /** Installments with the amounts given one by one (each to the fen, none negative); percents are ignored. */
    public List<DraftInstallment> fromAmounts(List<BigDecimal> amounts, List<InstallmentSpec> specs, int fiscalYear) {
        List<BigDecimal> exact = new ArrayList<>();
        for (BigDecimal amount : amounts) {
            BigDecimal fen = PaymentAmounts.exact(amount);
            if (fen.signum() < 0) {
                throw new PaymentRuleException(RuleNames.NEGATIVE_VALUE, "an installment amount cannot be negative");
            }
            exact.add(fen);
        }
        List<InstallmentSpec> withoutPercents = specs.stream()
                .map(s -> new InstallmentSpec(null, s.trigger(), s.serviceMonths(), s.fixedDate(), s.clauseText()))
                .toList();
        return build(exact, withoutPercents, fiscalYear);
    }

    private List<DraftInstallment> build(List<BigDecimal> amounts, List<InstallmentSpec> specs, int fiscalYear) {
        List<DraftInstallment> drafts = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            InstallmentSpec spec = specs.get(i);
            if (spec.trigger() == null) {
                throw new PaymentRuleException(RuleNames.TRIGGER_REQUIRED, "installment " + (i + 1) + " has no trigger");
            }
            if (spec.trigger() == Trigger.PERIOD_ENDED) {
                throw new PaymentRuleException(RuleNames.TRIGGER_RECURRING,
                        "PERIOD_ENDED belongs to recurring plans; give a recurrence instead");
            }
            if (spec.trigger() == Trigger.SERVICE_ELAPSED
                    && (spec.serviceMonths() == null || spec.serviceMonths() < 1)) {
                throw new PaymentRuleException(RuleNames.SERVICE_MONTHS,
                        "installment " + (i + 1) + " is due after months of service but names no months");
            }
            LocalDate fixedDate = null;
            boolean fiscalClose = false;
            if (spec.trigger() == Trigger.FIXED_DATE) {
                fiscalClose = spec.fixedDate() == null || mentionsFiscalClose(spec.clauseText());
                fixedDate = fiscalClose ? calendar.closeDate(fiscalYear) : spec.fixedDate();
            }
            drafts.add(new DraftInstallment(i + 1, spec.percent(), amounts.get(i), spec.trigger(),
                    spec.trigger() == Trigger.SERVICE_ELAPSED ? spec.serviceMonths() : null, fixedDate, fiscalClose,
                    null, null, false, spec.clauseText()));
        }
        return List.copyOf(drafts);
    }

    /** Installments of {@code value} on a named template with its default triggers. */
    public List<DraftInstallment> fromTemplate(BigDecimal value, PlanTemplate template, int fiscalYear) {
        List<InstallmentSpec> specs = new ArrayList<>();
        for (int i = 0; i < template.percents().size(); i++) {
            specs.add(InstallmentSpec.of(template.percents().get(i), template.triggers().get(i)));
        }
        return fromSpecs(value, specs, fiscalYear);
    }

    /** One installment per settlement period, each with an estimated amount; the estimates sum to the value. */
    public List<DraftInstallment> recurring(BigDecimal estimate, LocalDate start, LocalDate end,
            Recurrence recurrence, String clauseText) {
        return RecurringSchedule.plan(start, end, recurrence, estimate).stream()
                .map(p -> new DraftInstallment(p.sequence(), null, p.estimatedAmount(), Trigger.PERIOD_ENDED, null,
                        null, false, p.start(), p.end(), true, clauseText))
                .toList();
    }

    /** 11月上旬（财政关账前）: the clause ties the date to the fiscal close. */
    static boolean mentionsFiscalClose(String clauseText) {
        return clauseText != null && (clauseText.contains("关账") || clauseText.contains("11月上旬"));
    }
}
