package cn.songjiang.budget.payments.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The named installment templates found in the department's payment clauses (docs/domain.md §3.3): percentages of
 * the contract value and the usual trigger of each installment.
 */
public enum PlanTemplate {
    T30_40_30("30/40/30", 30, 40, 30),
    T30_30_40("30/30/40", 30, 30, 40),
    T30_50_20("30/50/20", 30, 50, 20),
    T30_20_50("30/20/50", 30, 20, 50),
    T100("100", 100);

    private final String code;
    private final List<BigDecimal> percents;

    PlanTemplate(String code, int... percents) {
        this.code = code;
        this.percents = Arrays.stream(percents).mapToObj(BigDecimal::valueOf).toList();
    }

    /** The name clients use, such as {@code 30/40/30}. */
    public String code() {
        return code;
    }

    public List<BigDecimal> percents() {
        return percents;
    }

    /**
     * Default triggers: the first share on contract signing, middle shares on a stage acceptance, the last on
     * final acceptance; a single payment on final acceptance.
     */
    public List<Trigger> triggers() {
        if (percents.size() == 1) {
            return List.of(Trigger.FINAL_ACCEPTANCE);
        }
        Trigger[] triggers = new Trigger[percents.size()];
        Arrays.fill(triggers, Trigger.STAGE_ACCEPTANCE);
        triggers[0] = Trigger.CONTRACT_SIGNED;
        triggers[triggers.length - 1] = Trigger.FINAL_ACCEPTANCE;
        return List.of(triggers);
    }

    public static Optional<PlanTemplate> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(PlanTemplate::code).toList();
    }
}
