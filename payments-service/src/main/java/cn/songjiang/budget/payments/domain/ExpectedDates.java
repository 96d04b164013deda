package cn.songjiang.budget.payments.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a trigger that has not happened yet is expected to happen, for the cash forecast. Known dates are used
 * as they are (contract signing, fixed dates, months of service); acceptances are assumed at configurable lags
 * because nobody knows them in advance.
 */
public final class ExpectedDates {

    /**
     * Assumptions for triggers that have no calendar date.
     *
     * @param finalAcceptanceLagDays days after the end of the service period for a final acceptance or an
     *        accepted deliverable
     * @param interimAcceptanceLagDays days after the start for an initial or stage acceptance when the service
     *        period has no end (with an end, the middle of the period is assumed)
     * @param settlementLagDays days after the end of a recurring period until its bill or payroll is settled
     */
    public record Assumptions(int finalAcceptanceLagDays, int interimAcceptanceLagDays, int settlementLagDays) {
    }

    /** What is known about the plan: signing and the service period, each possibly unknown. */
    public record PlanFacts(LocalDate signedDate, LocalDate periodStart, LocalDate periodEnd) {
    }

    /** What is known about one installment. */
    public record InstallmentFacts(Trigger trigger, Integer serviceMonths, LocalDate fixedDate,
            LocalDate periodEnd) {
    }

    private final Assumptions assumptions;

    public ExpectedDates(Assumptions assumptions) {
        this.assumptions = assumptions;
    }

    /** The expected date of the trigger, or null when nothing known allows a guess. */
    public LocalDate expectedEvent(InstallmentFacts installment, PlanFacts plan) {
        LocalDate start = plan.periodStart() != null ? plan.periodStart() : plan.signedDate();
        return switch (installment.trigger()) {
            case CONTRACT_SIGNED -> plan.signedDate() != null ? plan.signedDate() : plan.periodStart();
            case FIXED_DATE -> installment.fixedDate();
            case SERVICE_ELAPSED -> start == null || installment.serviceMonths() == null ? null
                    : start.plusMonths(installment.serviceMonths());
            case INITIAL_ACCEPTANCE, STAGE_ACCEPTANCE, SUBSTANTIAL_COMPLETION -> interim(start, plan.periodEnd());
            case FINAL_ACCEPTANCE, DELIVERABLE_ACCEPTED -> plan.periodEnd() == null ? null
                    : plan.periodEnd().plusDays(assumptions.finalAcceptanceLagDays());
            case PERIOD_ENDED -> installment.periodEnd() == null ? null
                    : installment.periodEnd().plusDays(assumptions.settlementLagDays());
        };
    }

    /**
     * The expected payment date: the due date that the expected event would give, never before
     * {@code today} (what is late is expected now).
     */
    public static LocalDate expectedPayment(LocalDate dueDate, LocalDate today) {
        if (dueDate == null) {
            return null;
        }
        return dueDate.isBefore(today) ? today : dueDate;
    }

    private LocalDate interim(LocalDate start, LocalDate end) {
        if (start == null) {
            return null;
        }
        if (end == null || end.isBefore(start)) {
            return start.plusDays(assumptions.interimAcceptanceLagDays());
        }
        return start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
    }
}
