package cn.songjiang.budget.procurement.service;

import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.procurement.domain.PlanStatus;
import cn.songjiang.budget.procurement.domain.ProcurementCategory;
import cn.songjiang.budget.procurement.domain.ProcurementMethod;
import cn.songjiang.budget.procurement.domain.SmeCompliance.Awards;
import cn.songjiang.budget.procurement.domain.SmeCompliance.CategoryFigures;
import cn.songjiang.budget.procurement.domain.SmeCompliance.Figures;
import cn.songjiang.budget.procurement.domain.SmeCompliance.ThresholdPlan;
import cn.songjiang.budget.procurement.domain.SmeCompliance.Warning;
import cn.songjiang.budget.procurement.domain.SmeCompliance.WarningCode;
import cn.songjiang.budget.procurement.domain.SmeCompliance;
import cn.songjiang.budget.procurement.domain.SmeRules;
import cn.songjiang.budget.procurement.domain.SupplierSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Computes the SME set-aside position of a procurement budget from its declared figures, its plans and the
 * contracts awarded on them, against the floors of 财库〔2020〕46号 as configured. Pure arithmetic: no I/O.
 *
 * <p>Only government procurement counts: cancelled plans and plans whose method is 不适用 are left out.
 */
public final class SmeComplianceCalculator {

    /** The department's declared procurement budget (政府采购预算), in 元. */
    public record Declared(BigDecimal goods, BigDecimal works, BigDecimal services, BigDecimal total,
            BigDecimal smeReserved, BigDecimal smallMicroReserved) {

        public Declared {
            Objects.requireNonNull(goods);
            Objects.requireNonNull(works);
            Objects.requireNonNull(services);
            Objects.requireNonNull(total);
            Objects.requireNonNull(smeReserved);
            Objects.requireNonNull(smallMicroReserved);
        }

        public BigDecimal sumOfCategories() {
            return goods.add(works).add(services);
        }

        public BigDecimal of(ProcurementCategory category) {
            return switch (category) {
                case GOODS -> goods;
                case WORKS -> works;
                case SERVICES -> services;
            };
        }
    }

    /** One procurement plan as the calculation needs it. */
    public record PlanLine(long planId, String projectCode, ProcurementCategory category, ProcurementMethod method,
            PlanStatus status, BigDecimal amount, BigDecimal smeReserved, BigDecimal smallMicroReserved,
            String smeExemptionReason) {

        boolean counts() {
            return method.isGovernmentProcurement() && status.countsAsPlanned();
        }

        boolean hasExemption() {
            return smeExemptionReason != null && !smeExemptionReason.isBlank();
        }
    }

    /** One awarded contract: its plan, its value and the supplier's size frozen at signing. */
    public record AwardLine(long contractId, long planId, BigDecimal value, SupplierSize sizeAtSigning) {
    }

    private final SmeRules rules;

    public SmeComplianceCalculator(SmeRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    public SmeCompliance assess(Declared declared, List<PlanLine> allPlans, List<AwardLine> allAwards) {
        List<PlanLine> plans = allPlans.stream().filter(PlanLine::counts)
                .sorted(Comparator.comparingLong(PlanLine::planId)).toList();
        Map<Long, PlanLine> plansById = plans.stream()
                .collect(Collectors.toMap(PlanLine::planId, Function.identity()));
        List<AwardLine> awards = allAwards.stream().filter(a -> plansById.containsKey(a.planId())).toList();
        List<Warning> warnings = new ArrayList<>();

        Figures declaredFigures = Figures.of(declared.total(), declared.smeReserved(), declared.smallMicroReserved());
        checkDeclared(declared, declaredFigures, warnings);

        Figures planned = figures(plans);
        List<CategoryFigures> byCategory = new ArrayList<>();
        for (ProcurementCategory category : ProcurementCategory.values()) {
            byCategory.add(new CategoryFigures(category,
                    figures(plans.stream().filter(p -> p.category() == category).toList())));
        }
        if (planned.smeReserved().compareTo(declared.smeReserved()) < 0) {
            warnings.add(new Warning(WarningCode.PLANNED_SME_RESERVE_BELOW_DECLARED, null, null,
                    "Plans reserve " + planned.smeReserved().toPlainString() + " 元 for SMEs, less than the "
                            + declared.smeReserved().toPlainString() + " 元 declared in the procurement budget "
                            + "(财库〔2020〕46号 第六条: the reserve is planned and listed in the budget)"));
        }

        List<ThresholdPlan> aboveThreshold = new ArrayList<>();
        for (PlanLine plan : plans) {
            if (rules.isAboveThreshold(plan.category(), plan.amount())) {
                aboveThreshold.add(checkAboveThreshold(plan, warnings));
            } else {
                checkAtOrBelowThreshold(plan, warnings);
            }
        }

        Awards awardFigures = awards(awards, planned, declared);
        checkAwardsPerPlan(plans, awards, warnings);
        return new SmeCompliance(rules, declaredFigures, planned, List.copyOf(byCategory),
                List.copyOf(aboveThreshold), awardFigures, List.copyOf(warnings));
    }

    private void checkDeclared(Declared declared, Figures figures, List<Warning> warnings) {
        if (declared.sumOfCategories().compareTo(declared.total()) != 0) {
            warnings.add(new Warning(WarningCode.DECLARED_TOTAL_MISMATCH, null, null,
                    "Declared goods + works + services = " + declared.sumOfCategories().toPlainString()
                            + " 元, but the declared total is " + declared.total().toPlainString() + " 元"));
        }
        BigDecimal smallMicroShare = figures.smallMicroShareOfReserved();
        if (declared.smeReserved().signum() > 0
                && !atLeast(declared.smallMicroReserved(), declared.smeReserved(), rules.smallMicroShareOfReserved())) {
            warnings.add(new Warning(WarningCode.DECLARED_SMALL_MICRO_SHARE_BELOW_FLOOR, null, null,
                    "Declared reserve for small and micro enterprises is " + declared.smallMicroReserved().toPlainString()
                            + " 元, " + percent(smallMicroShare) + " of the " + declared.smeReserved().toPlainString()
                            + " 元 SME reserve; 财库〔2020〕46号 第八条 asks at least "
                            + percent(rules.smallMicroShareOfReserved()) + " of a reserve for them"));
        }
    }

    private ThresholdPlan checkAboveThreshold(PlanLine plan, List<Warning> warnings) {
        BigDecimal threshold = rules.threshold(plan.category());
        BigDecimal requiredShare = rules.reservedShareFloor(plan.category());
        BigDecimal share = Money.share(plan.smeReserved(), plan.amount());
        boolean meetsShare = atLeast(plan.smeReserved(), plan.amount(), requiredShare);
        BigDecimal smallMicroShare = Money.share(plan.smallMicroReserved(), plan.smeReserved());
        Boolean meetsSmallMicro = plan.smeReserved().signum() == 0 ? null
                : atLeast(plan.smallMicroReserved(), plan.smeReserved(), rules.smallMicroShareOfReserved());
        String subject = "Plan " + plan.planId() + " (" + plan.category() + ", " + plan.amount().toPlainString()
                + " 元, above the " + threshold.toPlainString() + " 元 threshold)";
        if (!meetsShare) {
            if (plan.hasExemption()) {
                warnings.add(new Warning(WarningCode.PLAN_SME_EXEMPTION_CLAIMED, plan.planId(), plan.category(),
                        subject + " reserves " + percent(share) + " for SMEs, below " + percent(requiredShare)
                                + ", and claims an exemption: " + plan.smeExemptionReason()));
            } else {
                warnings.add(new Warning(WarningCode.PLAN_RESERVED_SHARE_BELOW_FLOOR, plan.planId(), plan.category(),
                        subject + " reserves " + plan.smeReserved().toPlainString() + " 元 (" + percent(share)
                                + ") for SMEs; 财库〔2020〕46号 第八条 asks at least " + percent(requiredShare) + ", "
                                + minimum(plan.amount(), requiredShare).toPlainString() + " 元"));
            }
        }
        if (Boolean.FALSE.equals(meetsSmallMicro)) {
            warnings.add(new Warning(WarningCode.PLAN_SMALL_MICRO_SHARE_BELOW_FLOOR, plan.planId(), plan.category(),
                    subject + " reserves " + plan.smallMicroReserved().toPlainString() + " 元 ("
                            + percent(smallMicroShare) + ") of its SME reserve for small and micro enterprises; "
                            + "财库〔2020〕46号 第八条 asks at least " + percent(rules.smallMicroShareOfReserved()) + ", "
                            + minimum(plan.smeReserved(), rules.smallMicroShareOfReserved()).toPlainString() + " 元"));
        }
        return new ThresholdPlan(plan.planId(), plan.projectCode(), plan.category(), plan.amount(), threshold,
                plan.smeReserved(), share, requiredShare, meetsShare, plan.smallMicroReserved(), smallMicroShare,
                rules.smallMicroShareOfReserved(), meetsSmallMicro, plan.smeExemptionReason());
    }

    private void checkAtOrBelowThreshold(PlanLine plan, List<Warning> warnings) {
        if (plan.smeReserved().compareTo(plan.amount()) >= 0) {
            return;
        }
        String subject = "Plan " + plan.planId() + " (" + plan.category() + ", " + plan.amount().toPlainString()
                + " 元, at or below the " + rules.threshold(plan.category()).toPlainString() + " 元 threshold)";
        if (plan.hasExemption()) {
            warnings.add(new Warning(WarningCode.PLAN_SME_EXEMPTION_CLAIMED, plan.planId(), plan.category(),
                    subject + " is not reserved to SMEs entirely and claims an exemption: "
                            + plan.smeExemptionReason()));
        } else {
            warnings.add(new Warning(WarningCode.PLAN_NOT_RESERVED_AT_OR_BELOW_THRESHOLD, plan.planId(),
                    plan.category(), subject + " reserves " + plan.smeReserved().toPlainString()
                            + " 元 for SMEs; 财库〔2020〕46号 第七条 reserves such a plan to SMEs entirely unless it "
                            + "does not suit them, and then the plan must say why"));
        }
    }

    private Awards awards(List<AwardLine> awards, Figures planned, Declared declared) {
        BigDecimal awarded = sum(awards, a -> true);
        BigDecimal toSme = sum(awards, a -> a.sizeAtSigning().isSme());
        BigDecimal toSmallMicro = sum(awards, a -> a.sizeAtSigning().isSmallOrMicro());
        return new Awards(awarded, toSme, toSmallMicro,
                planned.smeReserved(), Money.share(toSme, planned.smeReserved()),
                declared.smeReserved(), Money.share(toSme, declared.smeReserved()),
                planned.smallMicroReserved(), Money.share(toSmallMicro, planned.smallMicroReserved()));
    }

    /**
     * An awarded plan should have gone to SMEs at least in the share it reserved for them. Compared as shares,
     * because a contract is often cheaper than its plan.
     */
    private void checkAwardsPerPlan(List<PlanLine> plans, List<AwardLine> awards, List<Warning> warnings) {
        Map<Long, List<AwardLine>> byPlan = awards.stream().collect(Collectors.groupingBy(AwardLine::planId));
        for (PlanLine plan : plans) {
            List<AwardLine> planAwards = byPlan.getOrDefault(plan.planId(), List.of());
            if (plan.status() != PlanStatus.AWARDED || plan.smeReserved().signum() == 0 || planAwards.isEmpty()) {
                continue;
            }
            BigDecimal awarded = sum(planAwards, a -> true);
            BigDecimal toSme = sum(planAwards, a -> a.sizeAtSigning().isSme());
            BigDecimal reservedShare = Money.share(plan.smeReserved(), plan.amount());
            BigDecimal awardedShare = Money.share(toSme, awarded);
            // toSme / awarded < reserved / amount, cross-multiplied so that no rounding decides a breach
            if (toSme.multiply(plan.amount()).compareTo(plan.smeReserved().multiply(awarded)) < 0) {
                warnings.add(new Warning(WarningCode.AWARDS_TO_SME_BELOW_RESERVED, plan.planId(), plan.category(),
                        "Plan " + plan.planId() + " reserved " + percent(reservedShare) + " ("
                                + plan.smeReserved().toPlainString() + " 元) for SMEs but awarded "
                                + toSme.toPlainString() + " of " + awarded.toPlainString() + " 元 ("
                                + percent(awardedShare) + ") to SMEs; record the SME share of a consortium or "
                                + "subcontract, or the reason"));
            }
        }
    }

    /** {@code part >= whole × share}, exactly: a rounded share must never turn a breach into compliance. */
    private static boolean atLeast(BigDecimal part, BigDecimal whole, BigDecimal share) {
        return part.compareTo(whole.multiply(share)) >= 0;
    }

    /** The least whole number of fen that meets {@code whole × share}. */
    private static BigDecimal minimum(BigDecimal whole, BigDecimal share) {
        return whole.multiply(share).setScale(Money.SCALE, RoundingMode.CEILING);
    }

    private static Figures figures(List<PlanLine> plans) {
        BigDecimal total = Money.ZERO;
        BigDecimal reserved = Money.ZERO;
        BigDecimal smallMicro = Money.ZERO;
        for (PlanLine plan : plans) {
            total = total.add(plan.amount());
            reserved = reserved.add(plan.smeReserved());
            smallMicro = smallMicro.add(plan.smallMicroReserved());
        }
        return Figures.of(total, reserved, smallMicro);
    }

    private static BigDecimal sum(List<AwardLine> awards, Predicate<AwardLine> which) {
        return awards.stream().filter(which).map(AwardLine::value).reduce(Money.ZERO, BigDecimal::add);
    }

    static String percent(BigDecimal share) {
        if (share == null) {
            return "n/a";
        }
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }
}
