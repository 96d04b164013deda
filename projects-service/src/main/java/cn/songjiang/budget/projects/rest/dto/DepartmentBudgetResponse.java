package cn.songjiang.budget.projects.rest.dto;

import cn.songjiang.budget.projects.domain.DepartmentBudget;
import cn.songjiang.budget.projects.service.DepartmentBudgetService.BudgetSheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department's budget for one year as its document declares it, with all tables and totals (元). */
@Schema(name = "DepartmentBudget")
public record DepartmentBudgetResponse(
        @Schema(example = "SJZWFW", maxLength = 20) String departmentCode,
        @Schema(example = "上海市松江区政务服务中心", maxLength = 200) String departmentName,
        @Schema(example = "2026") int fiscalYear,
        @Schema(description = "The imported document", example = "1") long documentId,
        @Schema(example = "CNY") String currency,
        Department department,
        Revenue revenue,
        Expenditure expenditure,
        BasicExpenditure basicExpenditureByEconomic,
        ThreePublic threePublicExpenses,
        YearOnYear yearOnYear,
        OperatingExpenses operatingExpenses,
        Procurement procurement,
        PerformanceSummary performanceSummary,
        Projects projects) {

    /** 主要职能, 内设科室, 机构设置, 国有资产. */
    @Schema(name = "DepartmentRecord")
    public record Department(String functionsText, @Schema(maxItems = 100) List<String> sections,
            @Schema(example = "11") int declaredSectionCount, String organisationText, Assets assets) {
    }

    /** §五 国有资产占有使用情况. */
    @Schema(name = "DepartmentAssets")
    public record Assets(@Schema(nullable = true, example = "2025-12-31") LocalDate asOf,
            @Schema(nullable = true, example = "0") Integer vehicles,
            @Schema(nullable = true, description = "通用设备 单价 ≥ 50万元", example = "4") Integer generalEquipmentOver500k,
            @Schema(nullable = true, description = "专用设备 单价 ≥ 100万元", example = "0") Integer specialEquipmentOver1m,
            String text, @Schema(nullable = true) String purchasePlan) {
    }

    /** Revenue by source (财务收支预算总表). */
    @Schema(name = "BudgetRevenue")
    public record Revenue(@Schema(maxItems = 1000) List<RevenueLine> sources, @Schema(example = "93555945.79") BigDecimal total) {
    }

    /** One revenue line; level 2 lines are parts of the level 1 line above them. */
    @Schema(name = "BudgetRevenueLine")
    public record RevenueLine(@Schema(example = "一般公共预算") String name, @Schema(example = "2") int level,
            @Schema(example = "93555945.79") BigDecimal amount, @Schema(example = "101") int line) {
    }

    /** Expenditure by 功能分类 with 基本支出 / 项目支出 (支出预算总表). */
    @Schema(name = "BudgetExpenditure")
    public record Expenditure(@Schema(maxItems = 10000) List<FunctionalLine> byFunction, @Schema(example = "93555945.79") BigDecimal total,
            @Schema(example = "17350443.88") BigDecimal basic, @Schema(example = "76205501.91") BigDecimal project) {
    }

    /** One 类 / 款 / 项 row. */
    @Schema(name = "BudgetFunctionalLine")
    public record FunctionalLine(@Schema(example = "201-99-99") String code, @Schema(example = "201") String classCode,
            @Schema(nullable = true, example = "99") String itemCode,
            @Schema(nullable = true, example = "99") String subItemCode,
            @Schema(example = "3") int level, @Schema(example = "其他一般公共服务支出") String name,
            @Schema(example = "89191963.47") BigDecimal total, @Schema(example = "12986461.56") BigDecimal basic,
            @Schema(example = "76205501.91") BigDecimal project, @Schema(example = "163") int line) {
    }

    /** 基本支出 by 经济分类 with 人员经费 / 公用经费. */
    @Schema(name = "BudgetBasicExpenditure")
    public record BasicExpenditure(@Schema(maxItems = 10000) List<EconomicLine> byEconomic, @Schema(example = "17350443.88") BigDecimal total,
            @Schema(example = "15914739.38") BigDecimal personnel,
            @Schema(example = "1435704.50") BigDecimal publicUse) {
    }

    /** One 类 / 款 row of the 经济分类 table. */
    @Schema(name = "BudgetEconomicLine")
    public record EconomicLine(@Schema(example = "301-01") String code, @Schema(example = "301") String classCode,
            @Schema(nullable = true, example = "01") String itemCode, @Schema(example = "2") int level,
            @Schema(example = "基本工资") String name, @Schema(example = "2047972.00") BigDecimal total,
            @Schema(example = "2047972.00") BigDecimal personnel, @Schema(example = "0.00") BigDecimal publicUse,
            @Schema(example = "272") int line) {
    }

    /** 三公经费. */
    @Schema(name = "BudgetThreePublicExpenses")
    public record ThreePublic(@Schema(example = "6000.00") BigDecimal total,
            @Schema(example = "0.00") BigDecimal outboundTravel, @Schema(example = "6000.00") BigDecimal reception,
            @Schema(example = "0.00") BigDecimal vehicleTotal, @Schema(example = "0.00") BigDecimal vehiclePurchase,
            @Schema(example = "0.00") BigDecimal vehicleOperation, String explanation) {
    }

    /** Change of the financial appropriation against the previous year's budget. */
    @Schema(name = "BudgetYearOnYear")
    public record YearOnYear(@Schema(example = "2025") int previousYear,
            @Schema(example = "8589423.81") BigDecimal change,
            @Schema(description = "As printed", example = "10.11") BigDecimal percent,
            @Schema(nullable = true, example = "项目支出增加") String reason) {
    }

    /** 机关运行经费: the table cell ("/" when none) and the note. */
    @Schema(name = "BudgetOperatingExpenses")
    public record OperatingExpenses(@Schema(example = "/") String tableCell,
            @Schema(nullable = true, description = "null when the table prints /") BigDecimal amount,
            @Schema(example = "本部门无机关运行经费。") String note) {
    }

    /** §三 政府采购预算 as declared (converted exactly from 万元). */
    @Schema(name = "BudgetProcurement")
    public record Procurement(@Schema(example = "32775.00") BigDecimal goods,
            @Schema(example = "0.00") BigDecimal works, @Schema(example = "26352441.40") BigDecimal services,
            @Schema(example = "26385216.40") BigDecimal total,
            @Schema(example = "11374441.40") BigDecimal smeReserved,
            @Schema(example = "0.00") BigDecimal smallMicroReserved, @Schema(example = "327") int line) {
    }

    /** §四 绩效目标设置情况 as declared. */
    @Schema(name = "BudgetPerformanceSummary")
    public record PerformanceSummary(@Schema(example = "43") int projectCount,
            @Schema(example = "76205501.91") BigDecimal total,
            @Schema(description = "Declared number of projects at or over the threshold", example = "2")
            int projectsOver10Million,
            @Schema(example = "10000000.00") BigDecimal threshold, @Schema(example = "333") int line) {
    }

    /** The imported projects now: their number and sums as stated and as effective after corrections. */
    @Schema(name = "BudgetProjects")
    public record Projects(@Schema(example = "43") int count,
            @Schema(example = "73656156.87") BigDecimal statedSum,
            @Schema(example = "76205501.91") BigDecimal effectiveSum,
            @Schema(description = "Findings of the document still open", example = "0") long openFindings) {
    }

    public static DepartmentBudgetResponse from(BudgetSheet s) {
        DepartmentBudget b = s.budget();
        return new DepartmentBudgetResponse(b.departmentCode, b.departmentName, b.fiscalYear, b.documentId, "CNY",
                new Department(b.functionsText, b.sections, b.declaredSectionCount, b.organisationText,
                        new Assets(b.assetsAsOf, b.vehicles, b.generalEquipmentOver50Wan, b.specialEquipmentOver100Wan,
                                b.assetsText, b.assetPurchasePlan)),
                new Revenue(s.revenue().stream().map(r -> new RevenueLine(r.name, r.level, r.amount, r.sourceLine))
                        .toList(), b.revenueTotal),
                new Expenditure(s.functional().stream().map(r -> new FunctionalLine(
                        r.classCode + (r.itemCode == null ? "" : "-" + r.itemCode)
                                + (r.subItemCode == null ? "" : "-" + r.subItemCode),
                        r.classCode, r.itemCode, r.subItemCode,
                        r.subItemCode != null ? 3 : r.itemCode != null ? 2 : 1, r.name, r.total, r.basic, r.project,
                        r.sourceLine)).toList(), b.expenditureTotal, b.basicTotal, b.projectTotal),
                new BasicExpenditure(s.economic().stream().map(r -> new EconomicLine(
                        r.classCode + (r.itemCode == null ? "" : "-" + r.itemCode), r.classCode, r.itemCode,
                        r.itemCode == null ? 1 : 2, r.name, r.total, r.personnel, r.publicUse, r.sourceLine)).toList(),
                        b.economicTotal, b.personnelTotal, b.publicUseTotal),
                new ThreePublic(b.threePublicTotal, b.outboundTravel, b.reception, b.vehicleTotal, b.vehiclePurchase,
                        b.vehicleOperation, b.threePublicText),
                new YearOnYear(b.yoyPreviousYear, b.yoyChange, b.yoyPercent, b.yoyReason),
                new OperatingExpenses(b.operatingExpenseCell, b.operatingExpenseAmount, b.operatingExpenseNote),
                new Procurement(b.procurementGoods, b.procurementWorks, b.procurementServices, b.procurementTotal,
                        b.smeReserved, b.smallMicroReserved, b.procurementLine),
                new PerformanceSummary(b.performanceProjectCount, b.performanceTotal, b.performanceLargeCount,
                        b.performanceThreshold, b.performanceLine),
                new Projects(s.projectCount(), s.statedProjectSum(), s.effectiveProjectSum(), s.openFindings()));
    }
}
