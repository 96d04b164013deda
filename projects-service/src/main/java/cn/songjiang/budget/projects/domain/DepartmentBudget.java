package cn.songjiang.budget.projects.domain;

import cn.songjiang.budget.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A department's budget for one fiscal year as its document declares it: department record, table totals,
 * 三公经费, year-on-year change, 机关运行经费, the declared procurement budget and the 绩效目标 summary (元).
 */
@Entity
@Table(name = "department_budget")
public class DepartmentBudget extends AuditedEntity {

    @Column(name = "document_id", nullable = false)
    public Long documentId;

    @Column(name = "department_code", nullable = false, length = 20)
    public String departmentCode;

    @Column(name = "department_name", nullable = false, length = 200)
    public String departmentName;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "functions_text", nullable = false, columnDefinition = "text")
    public String functionsText;

    @Column(name = "organisation_text", nullable = false, columnDefinition = "text")
    public String organisationText;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sections", nullable = false, columnDefinition = "jsonb")
    public List<String> sections;

    @Column(name = "declared_section_count", nullable = false)
    public int declaredSectionCount;

    @Column(name = "assets_as_of")
    public LocalDate assetsAsOf;

    @Column(name = "vehicles")
    public Integer vehicles;

    @Column(name = "general_equipment_over_50w")
    public Integer generalEquipmentOver50Wan;

    @Column(name = "special_equipment_over_100w")
    public Integer specialEquipmentOver100Wan;

    @Column(name = "assets_text", nullable = false, columnDefinition = "text")
    public String assetsText;

    @Column(name = "asset_purchase_plan", columnDefinition = "text")
    public String assetPurchasePlan;

    @Column(name = "revenue_total", nullable = false, precision = 15, scale = 2)
    public BigDecimal revenueTotal;

    @Column(name = "revenue_total_line", nullable = false)
    public int revenueTotalLine;

    @Column(name = "expenditure_total", nullable = false, precision = 15, scale = 2)
    public BigDecimal expenditureTotal;

    @Column(name = "basic_total", nullable = false, precision = 15, scale = 2)
    public BigDecimal basicTotal;

    @Column(name = "project_total", nullable = false, precision = 15, scale = 2)
    public BigDecimal projectTotal;

    @Column(name = "expenditure_total_line", nullable = false)
    public int expenditureTotalLine;

    @Column(name = "economic_total", nullable = false, precision = 15, scale = 2)
    public BigDecimal economicTotal;

    @Column(name = "personnel_total", nullable = false, precision = 15, scale = 2)
    public BigDecimal personnelTotal;

    @Column(name = "public_use_total", nullable = false, precision = 15, scale = 2)
    public BigDecimal publicUseTotal;

    @Column(name = "three_public_total", nullable = false, precision = 15, scale = 2)
    public BigDecimal threePublicTotal;

    @Column(name = "outbound_travel", nullable = false, precision = 15, scale = 2)
    public BigDecimal outboundTravel;

    @Column(name = "reception", nullable = false, precision = 15, scale = 2)
    public BigDecimal reception;

    @Column(name = "vehicle_total", nullable = false, precision = 15, scale = 2)
    public BigDecimal vehicleTotal;

    @Column(name = "vehicle_purchase", nullable = false, precision = 15, scale = 2)
    public BigDecimal vehiclePurchase;

    @Column(name = "vehicle_operation", nullable = false, precision = 15, scale = 2)
    public BigDecimal vehicleOperation;

    @Column(name = "three_public_text", nullable = false, columnDefinition = "text")
    public String threePublicText;

    @Column(name = "yoy_previous_year", nullable = false)
    public int yoyPreviousYear;

    @Column(name = "yoy_current_total", nullable = false, precision = 15, scale = 2)
    public BigDecimal yoyCurrentTotal;

    @Column(name = "yoy_change", nullable = false, precision = 15, scale = 2)
    public BigDecimal yoyChange;

    @Column(name = "yoy_percent", nullable = false, precision = 9, scale = 2)
    public BigDecimal yoyPercent;

    @Column(name = "yoy_reason", length = 500)
    public String yoyReason;

    @Column(name = "operating_expense_cell", nullable = false, length = 40)
    public String operatingExpenseCell;

    @Column(name = "operating_expense_amount", precision = 15, scale = 2)
    public BigDecimal operatingExpenseAmount;

    @Column(name = "operating_expense_note", nullable = false, columnDefinition = "text")
    public String operatingExpenseNote;

    @Column(name = "procurement_goods", nullable = false, precision = 15, scale = 2)
    public BigDecimal procurementGoods;

    @Column(name = "procurement_works", nullable = false, precision = 15, scale = 2)
    public BigDecimal procurementWorks;

    @Column(name = "procurement_services", nullable = false, precision = 15, scale = 2)
    public BigDecimal procurementServices;

    @Column(name = "procurement_total", nullable = false, precision = 15, scale = 2)
    public BigDecimal procurementTotal;

    @Column(name = "sme_reserved", nullable = false, precision = 15, scale = 2)
    public BigDecimal smeReserved;

    @Column(name = "small_micro_reserved", nullable = false, precision = 15, scale = 2)
    public BigDecimal smallMicroReserved;

    @Column(name = "procurement_line", nullable = false)
    public int procurementLine;

    @Column(name = "performance_project_count", nullable = false)
    public int performanceProjectCount;

    @Column(name = "performance_total", nullable = false, precision = 15, scale = 2)
    public BigDecimal performanceTotal;

    @Column(name = "performance_threshold", nullable = false, precision = 15, scale = 2)
    public BigDecimal performanceThreshold;

    @Column(name = "performance_large_count", nullable = false)
    public int performanceLargeCount;

    @Column(name = "performance_line", nullable = false)
    public int performanceLine;
}
