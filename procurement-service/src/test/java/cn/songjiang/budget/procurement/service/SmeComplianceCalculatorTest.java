package cn.songjiang.budget.procurement.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.procurement.domain.PlanStatus;
import cn.songjiang.budget.procurement.domain.ProcurementCategory;
import cn.songjiang.budget.procurement.domain.ProcurementMethod;
import cn.songjiang.budget.procurement.domain.SmeCompliance.ThresholdPlan;
import cn.songjiang.budget.procurement.domain.SmeCompliance.WarningCode;
import cn.songjiang.budget.procurement.domain.SmeCompliance;
import cn.songjiang.budget.procurement.domain.SmeRules;
import cn.songjiang.budget.procurement.domain.SupplierSize;
import cn.songjiang.budget.procurement.service.SmeComplianceCalculator.AwardLine;
import cn.songjiang.budget.procurement.service.SmeComplianceCalculator.Declared;
import cn.songjiang.budget.procurement.service.SmeComplianceCalculator.PlanLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SmeComplianceCalculatorTest {

    /** 其他相关情况说明 §三: 3.2775 + 0 + 2,635.24414 = 2,638.52164万元, 1,137.44414万元 for SMEs, 0 for small/micro. */
    static final Declared SEED_DECLARED = new Declared(Money.exact("32775.00"), Money.exact("0.00"),
            Money.exact("26352441.40"), Money.exact("26385216.40"), Money.exact("11374441.40"), Money.exact("0.00"));
    /** A declared budget whose reserve is already met by small plans, so only the plan under test warns. */
    static final Declared SMALL_DECLARED = new Declared(Money.exact("5000000.00"), Money.exact("10000000.00"),
            Money.exact("10000000.00"), Money.exact("25000000.00"), Money.exact("0.00"), Money.exact("0.00"));
    static final BigDecimal GOODS_SERVICES_THRESHOLD = Money.exact("2000000.00");
    static final BigDecimal WORKS_THRESHOLD = Money.exact("4000000.00");

    static final SmeComplianceCalculator CALCULATOR = new SmeComplianceCalculator(SmeRules.CAIKU_2020_46);

    @Test
    void seedBudgetShowsTheDeclaredReserveShareOfTheTotal() {
        SmeCompliance report = CALCULATOR.assess(SEED_DECLARED, List.of(), List.of());

        assertEquals(Money.exact("26385216.40"), report.declared().total());
        assertEquals(Money.exact("11374441.40"), report.declared().smeReserved());
        assertEquals(new BigDecimal("0.4311"), report.declared().smeReservedShare());
        assertEquals(new BigDecimal("0.0000"), report.declared().smallMicroShareOfReserved());
        assertFalse(codes(report).contains(WarningCode.DECLARED_TOTAL_MISMATCH));
    }

    @Test
    void warnsThatTheSeedReservesNothingForSmallAndMicroEnterprises() {
        SmeCompliance report = CALCULATOR.assess(SEED_DECLARED, List.of(), List.of());

        SmeCompliance.Warning warning = only(report, WarningCode.DECLARED_SMALL_MICRO_SHARE_BELOW_FLOOR);
        assertTrue(warning.reason().contains("0 %"), warning.reason());
        assertTrue(warning.reason().contains("60 %"), warning.reason());
    }

    @Test
    void warnsWhenTheDeclaredCategoriesDoNotSumToTheDeclaredTotal() {
        Declared broken = new Declared(Money.exact("32775.00"), Money.exact("0.00"), Money.exact("26352441.40"),
                Money.exact("26385216.41"), Money.exact("0.00"), Money.exact("0.00"));

        assertTrue(codes(CALCULATOR.assess(broken, List.of(), List.of())).contains(WarningCode.DECLARED_TOTAL_MISMATCH));
    }

    @Test
    void warnsWhenPlansReserveLessThanTheDeclaredReserve() {
        SmeCompliance report = CALCULATOR.assess(SEED_DECLARED,
                List.of(plan(1).services("1000000.00").reserved("1000000.00").build()), List.of());

        assertEquals(Money.exact("1000000.00"), report.planned().smeReserved());
        assertTrue(codes(report).contains(WarningCode.PLANNED_SME_RESERVE_BELOW_DECLARED));
    }

    @Test
    void computesPlannedReserveSharesPerCategory() {
        SmeCompliance report = CALCULATOR.assess(SMALL_DECLARED, List.of(
                plan(1).services("1500000.00").reserved("1500000.00").smallMicro("1500000.00").build(),
                plan(2).services("500000.00").exemption("只能由特定机构提供").build(),
                plan(3).goods("32775.00").reserved("32775.00").build()), List.of());

        SmeCompliance.Figures services = category(report, ProcurementCategory.SERVICES);
        assertEquals(Money.exact("2000000.00"), services.total());
        assertEquals(new BigDecimal("0.7500"), services.smeReservedShare());
        assertEquals(new BigDecimal("1.0000"), services.smallMicroShareOfReserved());
        assertEquals(new BigDecimal("1.0000"), category(report, ProcurementCategory.GOODS).smeReservedShare());
        assertNull(category(report, ProcurementCategory.WORKS).smeReservedShare());
        assertEquals(Money.exact("2032775.00"), report.planned().total());
    }

    @Test
    void leavesCancelledAndNonProcurementPlansOut() {
        SmeCompliance report = CALCULATOR.assess(SMALL_DECLARED, List.of(
                plan(1).services("3000000.00").status(PlanStatus.CANCELLED).build(),
                plan(2).services("3000000.00").method(ProcurementMethod.NOT_APPLICABLE).build()), List.of());

        assertEquals(Money.ZERO, report.planned().total());
        assertTrue(report.plansAboveThreshold().isEmpty());
        assertTrue(report.warnings().isEmpty(), () -> report.warnings().toString());
    }

    @Test
    void aPlanAboveTheThresholdThatReservesThirtyPercentWithSixtyPercentForSmallAndMicroMeetsTheFloors() {
        SmeCompliance report = CALCULATOR.assess(SMALL_DECLARED, List.of(
                plan(7).services("3000000.00").reserved("900000.00").smallMicro("540000.00").build()), List.of());

        ThresholdPlan plan = report.plansAboveThreshold().get(0);
        assertEquals(7, plan.planId());
        assertEquals(GOODS_SERVICES_THRESHOLD, plan.threshold());
        assertEquals(new BigDecimal("0.3000"), plan.smeReservedShare());
        assertTrue(plan.meetsReservedShare());
        assertEquals(new BigDecimal("0.6000"), plan.smallMicroShareOfReserved());
        assertEquals(Boolean.TRUE, plan.meetsSmallMicroShare());
        assertTrue(report.warnings().isEmpty(), () -> report.warnings().toString());
    }

    @Test
    void warnsWhenAPlanAboveTheThresholdReservesLessThanThirtyPercent() {
        SmeCompliance report = CALCULATOR.assess(SMALL_DECLARED, List.of(
                plan(7).services("3000000.00").reserved("899999.99").smallMicro("899999.99").build()), List.of());

        assertFalse(report.plansAboveThreshold().get(0).meetsReservedShare());
        SmeCompliance.Warning warning = only(report, WarningCode.PLAN_RESERVED_SHARE_BELOW_FLOOR);
        assertEquals(7L, warning.planId());
        assertTrue(warning.reason().contains("第八条"), warning.reason());
        assertTrue(warning.reason().contains("at least 30 %, 900000.00 元"), warning.reason());
    }

    @Test
    void aReserveOneFenShortOfThirtyPercentIsABreachEvenThoughItsRoundedShareIsThirtyPercent() {
        SmeCompliance report = CALCULATOR.assess(SMALL_DECLARED, List.of(
                plan(8).goods("2000000.01").reserved("600000.00").smallMicro("600000.00").build()), List.of());

        assertEquals(new BigDecimal("0.3000"), report.plansAboveThreshold().get(0).smeReservedShare());
        assertEquals(Set.of(WarningCode.PLAN_RESERVED_SHARE_BELOW_FLOOR), codes(report));
    }

    @Test
    void warnsWhenLessThanSixtyPercentOfAReserveGoesToSmallAndMicroEnterprises() {
        SmeCompliance report = CALCULATOR.assess(SMALL_DECLARED, List.of(
                plan(7).goods("2500000.00").reserved("1000000.00").smallMicro("599999.99").build()), List.of());

        assertEquals(Boolean.FALSE, report.plansAboveThreshold().get(0).meetsSmallMicroShare());
        assertEquals(Set.of(WarningCode.PLAN_SMALL_MICRO_SHARE_BELOW_FLOOR), codes(report));
    }

    @Test
    void twoMillionExactlyIsNotAboveTheGoodsThreshold() {
        SmeCompliance report = CALCULATOR.assess(SMALL_DECLARED, List.of(
                plan(1).goods("2000000.00").reserved("2000000.00").build(),
                plan(2).goods("2000000.01").reserved("600000.01").smallMicro("360000.01").build()), List.of());

        assertEquals(List.of(2L), report.plansAboveThreshold().stream().map(ThresholdPlan::planId).toList());
        assertTrue(report.warnings().isEmpty(), () -> report.warnings().toString());
    }

    @Test
    void worksUseTheFourMillionThreshold() {
        SmeCompliance report = CALCULATOR.assess(SMALL_DECLARED, List.of(
                plan(1).works("3500000.00").reserved("3500000.00").build(),
                plan(2).works("4500000.00").reserved("1350000.00").smallMicro("810000.00").build()), List.of());

        assertEquals(1, report.plansAboveThreshold().size());
        assertEquals(WORKS_THRESHOLD, report.plansAboveThreshold().get(0).threshold());
    }

    @Test
    void warnsWhenAPlanAtOrBelowTheThresholdIsNotReservedEntirely() {
        SmeCompliance report = CALCULATOR.assess(SMALL_DECLARED, List.of(
                plan(4).services("800000.00").reserved("400000.00").build()), List.of());

        SmeCompliance.Warning warning = only(report, WarningCode.PLAN_NOT_RESERVED_AT_OR_BELOW_THRESHOLD);
        assertEquals(4L, warning.planId());
        assertTrue(warning.reason().contains("第七条"), warning.reason());
    }

    @Test
    void aClaimedExemptionIsReportedWithItsReasonInsteadOfABreach() {
        SmeCompliance report = CALCULATOR.assess(SMALL_DECLARED, List.of(
                plan(5).services("5000000.00").exemption("需使用不可替代的专有技术").build()), List.of());

        SmeCompliance.Warning warning = only(report, WarningCode.PLAN_SME_EXEMPTION_CLAIMED);
        assertTrue(warning.reason().contains("需使用不可替代的专有技术"));
        assertEquals("需使用不可替代的专有技术", report.plansAboveThreshold().get(0).exemptionReason());
    }

    @Test
    void followsConfiguredFloorsInsteadOfTheDefaults() {
        SmeRules raisedWorksShare = SmeRules.of(GOODS_SERVICES_THRESHOLD, WORKS_THRESHOLD,
                new BigDecimal("0.30"), new BigDecimal("0.40"), new BigDecimal("0.30"), new BigDecimal("0.60"));
        PlanLine works = plan(9).works("5000000.00").reserved("1750000.00").smallMicro("1750000.00").build();

        assertTrue(CALCULATOR.assess(SMALL_DECLARED, List.of(works), List.of()).warnings().isEmpty());
        assertEquals(Set.of(WarningCode.PLAN_RESERVED_SHARE_BELOW_FLOOR), codes(
                new SmeComplianceCalculator(raisedWorksShare).assess(SMALL_DECLARED, List.of(works), List.of())));
    }

    @Test
    void sumsAwardsToSmesAndToSmallAndMicroByTheirSizeAtSigning() {
        List<PlanLine> plans = List.of(
                plan(1).services("1000000.00").reserved("1000000.00").smallMicro("1000000.00")
                        .status(PlanStatus.AWARDED).build(),
                plan(2).services("900000.00").reserved("900000.00").status(PlanStatus.AWARDED).build(),
                plan(3).goods("30000.00").reserved("30000.00").status(PlanStatus.AWARDED).build());
        List<AwardLine> awards = List.of(
                new AwardLine(11, 1, Money.exact("950000.00"), SupplierSize.MICRO),
                new AwardLine(12, 2, Money.exact("880000.00"), SupplierSize.MEDIUM),
                new AwardLine(13, 3, Money.exact("29800.00"), SupplierSize.SMALL));

        SmeCompliance.Awards figures = CALCULATOR.assess(SMALL_DECLARED, plans, awards).awards();

        assertEquals(Money.exact("1859800.00"), figures.awarded());
        assertEquals(Money.exact("1859800.00"), figures.awardedToSme());
        assertEquals(Money.exact("979800.00"), figures.awardedToSmallMicro());
        assertEquals(Money.exact("1930000.00"), figures.plannedSmeReserved());
        assertEquals(new BigDecimal("0.9636"), figures.awardedToSmeShareOfPlannedReserved());
    }

    @Test
    void aCheaperAwardToAnSmeStillMeetsAWholeReservation() {
        SmeCompliance report = CALCULATOR.assess(SMALL_DECLARED, List.of(
                plan(1).services("1000000.00").reserved("1000000.00").status(PlanStatus.AWARDED).build()),
                List.of(new AwardLine(11, 1, Money.exact("950000.00"), SupplierSize.SMALL)));

        assertFalse(codes(report).contains(WarningCode.AWARDS_TO_SME_BELOW_RESERVED));
    }

    @Test
    void warnsWhenAnAwardedPlanWentToSmesBelowTheShareItReserved() {
        SmeCompliance report = CALCULATOR.assess(SMALL_DECLARED, List.of(
                plan(1).services("1000000.00").reserved("1000000.00").status(PlanStatus.AWARDED).build()),
                List.of(new AwardLine(11, 1, Money.exact("950000.00"), SupplierSize.LARGE)));

        SmeCompliance.Warning warning = only(report, WarningCode.AWARDS_TO_SME_BELOW_RESERVED);
        assertEquals(1L, warning.planId());
        assertEquals(Money.ZERO, report.awards().awardedToSme());
    }

    @Test
    void ignoresAwardsOnPlansThatAreStillTendering() {
        SmeCompliance report = CALCULATOR.assess(SMALL_DECLARED, List.of(
                plan(1).services("1000000.00").reserved("1000000.00").status(PlanStatus.TENDERING).build()),
                List.of(new AwardLine(11, 1, Money.exact("500000.00"), SupplierSize.LARGE)));

        assertFalse(codes(report).contains(WarningCode.AWARDS_TO_SME_BELOW_RESERVED));
    }

    private static Set<WarningCode> codes(SmeCompliance report) {
        return report.warnings().stream().map(SmeCompliance.Warning::code).collect(Collectors.toSet());
    }

    private static SmeCompliance.Warning only(SmeCompliance report, WarningCode code) {
        List<SmeCompliance.Warning> matching = report.warnings().stream().filter(w -> w.code() == code).toList();
        assertEquals(1, matching.size(), () -> report.warnings().toString());
        return matching.get(0);
    }

    private static SmeCompliance.Figures category(SmeCompliance report, ProcurementCategory category) {
        return report.plannedByCategory().stream().filter(c -> c.category() == category).findFirst().orElseThrow()
                .figures();
    }

    static PlanBuilder plan(long id) {
        return new PlanBuilder(id);
    }

    /** A procurement plan with no SME reserve, drafted for public tender, unless told otherwise. */
    static final class PlanBuilder {
        private final long id;
        private ProcurementCategory category = ProcurementCategory.SERVICES;
        private ProcurementMethod method = ProcurementMethod.PUBLIC_TENDER;
        private PlanStatus status = PlanStatus.DRAFT;
        private BigDecimal amount = Money.ZERO;
        private BigDecimal reserved = Money.ZERO;
        private BigDecimal smallMicro = Money.ZERO;
        private String exemption;

        PlanBuilder(long id) {
            this.id = id;
        }

        PlanBuilder goods(String yuan) {
            category = ProcurementCategory.GOODS;
            amount = Money.exact(yuan);
            return this;
        }

        PlanBuilder works(String yuan) {
            category = ProcurementCategory.WORKS;
            amount = Money.exact(yuan);
            return this;
        }

        PlanBuilder services(String yuan) {
            category = ProcurementCategory.SERVICES;
            amount = Money.exact(yuan);
            return this;
        }

        PlanBuilder reserved(String yuan) {
            reserved = Money.exact(yuan);
            return this;
        }

        PlanBuilder smallMicro(String yuan) {
            smallMicro = Money.exact(yuan);
            return this;
        }

        PlanBuilder method(ProcurementMethod value) {
            method = value;
            return this;
        }

        PlanBuilder status(PlanStatus value) {
            status = value;
            return this;
        }

        PlanBuilder exemption(String reason) {
            exemption = reason;
            return this;
        }

        PlanLine build() {
            return new PlanLine(id, "SJZWFW-2026-P01", category, method, status, amount, reserved, smallMicro,
                    exemption);
        }
    }
}
