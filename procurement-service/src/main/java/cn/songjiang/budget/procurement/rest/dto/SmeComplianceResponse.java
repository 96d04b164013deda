package cn.songjiang.budget.procurement.rest.dto;

import cn.songjiang.budget.procurement.domain.ProcurementBudget;
import cn.songjiang.budget.procurement.domain.ProcurementCategory;
import cn.songjiang.budget.procurement.domain.SmeCompliance;
import cn.songjiang.budget.procurement.domain.SmeRules;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * SME set-aside compliance of a procurement budget (财库〔2020〕46号): the floors applied, declared and planned
 * reserves and their shares (fractions, 4 decimals; null when dividing by zero), plans above the thresholds,
 * awards to SMEs against reserves, and every breach as a warning with its reason.
 */
@Schema(name = "SmeCompliance")
public record SmeComplianceResponse(
        long budgetId,
        @Schema(example = "SJZWFW") String departmentCode,
        @Schema(example = "2026") int fiscalYear,
        @Schema(example = "CNY") String currency,
        Floors floors,
        Figures declared,
        Figures planned,
        @Schema(maxItems = 3) List<CategoryFigures> plannedByCategory,
        @Schema(maxItems = 100000) List<ThresholdPlan> plansAboveThreshold,
        Awards awards,
        @Schema(maxItems = 100000) List<Warning> warnings) {

    /** The configured floors the report applied. */
    @Schema(name = "SmeFloors")
    public record Floors(@Schema(maxItems = 3) List<CategoryFloor> categories,
            @Schema(example = "0.60") BigDecimal smallMicroShareOfReserved) {
    }

    /** Threshold and least reserved share of one category. */
    @Schema(name = "SmeCategoryFloor")
    public record CategoryFloor(ProcurementCategory category,
            @Schema(example = "2000000.00") BigDecimal threshold,
            @Schema(example = "0.30") BigDecimal reservedShare) {
    }

    /** A total, its SME reserve and the small/micro part of the reserve. */
    @Schema(name = "SmeFigures")
    public record Figures(
            @Schema(example = "26385216.40") BigDecimal total,
            @Schema(example = "11374441.40") BigDecimal smeReserved,
            @Schema(nullable = true, example = "0.4311") BigDecimal smeReservedShare,
            @Schema(example = "0.00") BigDecimal smallMicroReserved,
            @Schema(nullable = true, example = "0.0000") BigDecimal smallMicroShareOfReserved) {

        static Figures from(SmeCompliance.Figures f) {
            return new Figures(f.total(), f.smeReserved(), f.smeReservedShare(), f.smallMicroReserved(),
                    f.smallMicroShareOfReserved());
        }
    }

    /** Planned figures of one category. */
    @Schema(name = "SmeCategoryFigures")
    public record CategoryFigures(ProcurementCategory category, Figures figures) {
    }

    /** A plan above its category's threshold and whether it meets the floors. */
    @Schema(name = "SmeThresholdPlan")
    public record ThresholdPlan(long planId, String projectCode, ProcurementCategory category,
            @Schema(example = "3000000.00") BigDecimal amount,
            @Schema(example = "2000000.00") BigDecimal threshold,
            @Schema(example = "900000.00") BigDecimal smeReserved,
            @Schema(nullable = true, example = "0.3000") BigDecimal smeReservedShare,
            @Schema(example = "0.30") BigDecimal requiredShare,
            boolean meetsReservedShare,
            @Schema(example = "540000.00") BigDecimal smallMicroReserved,
            @Schema(nullable = true, example = "0.6000") BigDecimal smallMicroShareOfReserved,
            @Schema(example = "0.60") BigDecimal requiredSmallMicroShare,
            @Schema(nullable = true, description = "null when nothing is reserved") Boolean meetsSmallMicroShare,
            @Schema(nullable = true) String exemptionReason) {
    }

    /** Contract values awarded to SMEs and to small/micro enterprises (size at signing) against the reserves. */
    @Schema(name = "SmeAwards")
    public record Awards(
            @Schema(example = "1150000.00") BigDecimal awarded,
            @Schema(example = "1150000.00") BigDecimal awardedToSme,
            @Schema(example = "0.00") BigDecimal awardedToSmallMicro,
            @Schema(example = "1200000.00") BigDecimal plannedSmeReserved,
            @Schema(nullable = true, example = "0.9583") BigDecimal awardedToSmeShareOfPlannedReserved,
            @Schema(example = "11374441.40") BigDecimal declaredSmeReserved,
            @Schema(nullable = true, example = "0.1011") BigDecimal awardedToSmeShareOfDeclaredReserved,
            @Schema(example = "0.00") BigDecimal plannedSmallMicroReserved,
            @Schema(nullable = true) BigDecimal awardedToSmallMicroShareOfPlannedReserved) {
    }

    /** A breach or point to review, with its reason; planId and category are null for department-wide ones. */
    @Schema(name = "SmeWarning")
    public record Warning(SmeCompliance.WarningCode code, @Schema(nullable = true) Long planId,
            @Schema(nullable = true) ProcurementCategory category, String reason) {
    }

    public static SmeComplianceResponse from(ProcurementBudget budget, SmeCompliance report) {
        SmeRules rules = report.rules();
        Floors floors = new Floors(Arrays.stream(ProcurementCategory.values())
                .map(c -> new CategoryFloor(c, rules.threshold(c), rules.reservedShareFloor(c))).toList(),
                rules.smallMicroShareOfReserved());
        SmeCompliance.Awards a = report.awards();
        return new SmeComplianceResponse(budget.id, budget.departmentCode, budget.fiscalYear, "CNY", floors,
                Figures.from(report.declared()), Figures.from(report.planned()),
                report.plannedByCategory().stream()
                        .map(c -> new CategoryFigures(c.category(), Figures.from(c.figures()))).toList(),
                report.plansAboveThreshold().stream()
                        .map(p -> new ThresholdPlan(p.planId(), p.projectCode(), p.category(), p.amount(), p.threshold(),
                                p.smeReserved(), p.smeReservedShare(), p.requiredShare(), p.meetsReservedShare(),
                                p.smallMicroReserved(), p.smallMicroShareOfReserved(), p.requiredSmallMicroShare(),
                                p.meetsSmallMicroShare(), p.exemptionReason()))
                        .toList(),
                new Awards(a.awarded(), a.awardedToSme(), a.awardedToSmallMicro(), a.plannedSmeReserved(),
                        a.awardedToSmeShareOfPlannedReserved(), a.declaredSmeReserved(),
                        a.awardedToSmeShareOfDeclaredReserved(), a.plannedSmallMicroReserved(),
                        a.awardedToSmallMicroShareOfPlannedReserved()),
                report.warnings().stream()
                        .map(w -> new Warning(w.code(), w.planId(), w.category(), w.reason())).toList());
    }
}
