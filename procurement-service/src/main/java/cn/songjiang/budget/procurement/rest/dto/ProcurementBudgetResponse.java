package cn.songjiang.budget.procurement.rest.dto;

import cn.songjiang.budget.procurement.domain.BudgetPosition;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.procurement.domain.ProcurementBudget;
import cn.songjiang.budget.procurement.domain.ProcurementCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A department's procurement budget: the declared figures (元) and, per category and in total, what is
 * planned, awarded and unallocated, with the SME reserve against planned-for-SME and awarded-to-SME.
 */
@Schema(name = "ProcurementBudget")
public record ProcurementBudgetResponse(
        long id,
        @Schema(example = "SJZWFW") String departmentCode,
        @Schema(example = "2026") int fiscalYear,
        @Schema(example = "CNY") String currency,
        Declared declared,
        @Schema(maxItems = 3) List<CategoryLine> categories,
        CategoryLine totals,
        SmeFigures sme,
        Instant createdAt,
        String createdBy,
        long version) {

    /** The figures as published (其他相关情况说明 §三), and whether the categories sum to the total. */
    @Schema(name = "DeclaredProcurementFigures")
    public record Declared(
            @Schema(example = "32775.00") BigDecimal goods,
            @Schema(example = "0.00") BigDecimal works,
            @Schema(example = "26352441.40") BigDecimal services,
            @Schema(example = "26385216.40") BigDecimal total,
            @Schema(example = "11374441.40") BigDecimal smeReserved,
            @Schema(example = "0.00") BigDecimal smallMicroReserved,
            @Schema(description = "goods + works + services", example = "26385216.40") BigDecimal sumOfCategories,
            @Schema(description = "whether sumOfCategories equals total") boolean sumMatchesTotal) {
    }

    /** One category, or the totals (category null). unallocated = declared − planned; negative after an overrun. */
    @Schema(name = "ProcurementCategoryLine")
    public record CategoryLine(
            @Schema(nullable = true, description = "null in the totals line") ProcurementCategory category,
            @Schema(example = "26352441.40") BigDecimal declared,
            @Schema(example = "1200000.00") BigDecimal planned,
            @Schema(example = "1150000.00") BigDecimal awarded,
            @Schema(example = "25152441.40") BigDecimal unallocated,
            boolean overrun) {

        static CategoryLine from(BudgetPosition.Line line) {
            return new CategoryLine(line.category(), line.declared(), line.planned(), line.awarded(),
                    line.unallocated(), line.overrun());
        }
    }

    /** Declared SME reserves against what plans reserve and contracts award (supplier size at signing). */
    @Schema(name = "ProcurementSmeFigures")
    public record SmeFigures(
            @Schema(example = "11374441.40") BigDecimal reserved,
            @Schema(nullable = true, description = "reserved ÷ declared total, 4 decimals", example = "0.4311") BigDecimal reservedShareOfTotal,
            @Schema(example = "1200000.00") BigDecimal plannedForSme,
            @Schema(example = "1150000.00") BigDecimal awardedToSme,
            @Schema(example = "0.00") BigDecimal smallMicroReserved,
            @Schema(example = "0.00") BigDecimal plannedForSmallMicro,
            @Schema(example = "0.00") BigDecimal awardedToSmallMicro) {
    }

    public static ProcurementBudgetResponse from(ProcurementBudget budget, BudgetPosition position) {
        Declared declared = new Declared(budget.goods, budget.works, budget.services, budget.total, budget.smeReserved,
                budget.smallMicroReserved, budget.sumOfCategories(), budget.sumOfCategories().compareTo(budget.total) == 0);
        BudgetPosition.Sme sme = position.sme();
        return new ProcurementBudgetResponse(budget.id, budget.departmentCode, budget.fiscalYear, Money.CURRENCY,
                declared, position.categories().stream().map(CategoryLine::from).toList(),
                CategoryLine.from(position.totals()),
                new SmeFigures(sme.reserved(), sme.reservedShareOfTotal(), sme.plannedForSme(), sme.awardedToSme(),
                        sme.smallMicroReserved(), sme.plannedForSmallMicro(), sme.awardedToSmallMicro()),
                budget.createdAt, budget.createdBy, budget.version);
    }
}
