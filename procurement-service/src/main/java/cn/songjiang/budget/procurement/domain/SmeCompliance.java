package cn.songjiang.budget.procurement.domain;

import cn.songjiang.budget.support.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The SME set-aside position of one procurement budget (财库〔2020〕46号): declared and planned reserves and
 * their shares, plans above the thresholds and whether each meets the floors, awards to SMEs against what was
 * reserved, and every breach as a warning with its reason. Shares are fractions with 4 decimals, null when
 * the whole they divide is zero.
 */
public record SmeCompliance(
        SmeRules rules,
        Figures declared,
        Figures planned,
        List<CategoryFigures> plannedByCategory,
        List<ThresholdPlan> plansAboveThreshold,
        Awards awards,
        List<Warning> warnings) {

    /** A total, the part reserved for SMEs and the part of that reserved for small and micro enterprises. */
    public record Figures(BigDecimal total, BigDecimal smeReserved, BigDecimal smeReservedShare,
            BigDecimal smallMicroReserved, BigDecimal smallMicroShareOfReserved) {

        public static Figures of(BigDecimal total, BigDecimal smeReserved, BigDecimal smallMicroReserved) {
            return new Figures(total, smeReserved, Money.share(smeReserved, total), smallMicroReserved,
                    Money.share(smallMicroReserved, smeReserved));
        }
    }

    /** Planned figures of one category. */
    public record CategoryFigures(ProcurementCategory category, Figures figures) {
    }

    /** A plan above its category's threshold and how it stands against the floors (null: not applicable). */
    public record ThresholdPlan(long planId, String projectCode, ProcurementCategory category, BigDecimal amount,
            BigDecimal threshold, BigDecimal smeReserved, BigDecimal smeReservedShare, BigDecimal requiredShare,
            boolean meetsReservedShare, BigDecimal smallMicroReserved, BigDecimal smallMicroShareOfReserved,
            BigDecimal requiredSmallMicroShare, Boolean meetsSmallMicroShare, String exemptionReason) {
    }

    /** Contract values awarded, to SMEs and to small/micro enterprises (size at signing), against reserves. */
    public record Awards(BigDecimal awarded, BigDecimal awardedToSme, BigDecimal awardedToSmallMicro,
            BigDecimal plannedSmeReserved, BigDecimal awardedToSmeShareOfPlannedReserved,
            BigDecimal declaredSmeReserved, BigDecimal awardedToSmeShareOfDeclaredReserved,
            BigDecimal plannedSmallMicroReserved, BigDecimal awardedToSmallMicroShareOfPlannedReserved) {
    }

    /** A breach or a point to review; {@code planId} and {@code category} are null for department-wide ones. */
    public record Warning(WarningCode code, Long planId, ProcurementCategory category, String reason) {
    }

    /** The kinds of warning the report gives. */
    public enum WarningCode {
        DECLARED_TOTAL_MISMATCH,
        DECLARED_SMALL_MICRO_SHARE_BELOW_FLOOR,
        PLANNED_SME_RESERVE_BELOW_DECLARED,
        PLAN_RESERVED_SHARE_BELOW_FLOOR,
        PLAN_SMALL_MICRO_SHARE_BELOW_FLOOR,
        PLAN_NOT_RESERVED_AT_OR_BELOW_THRESHOLD,
        PLAN_SME_EXEMPTION_CLAIMED,
        AWARDS_TO_SME_BELOW_RESERVED
    }
}
