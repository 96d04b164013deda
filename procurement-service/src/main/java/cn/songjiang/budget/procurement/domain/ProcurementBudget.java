package cn.songjiang.budget.procurement.domain;

import cn.songjiang.budget.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * The 政府采购预算 of one department and fiscal year as declared in its published budget, copied from
 * projects-service when the budget is created. The declared figures are never changed here.
 */
@Entity
@Table(name = "procurement_budget")
public class ProcurementBudget extends AuditedEntity {

    @Column(name = "department_code", nullable = false, length = 20)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "goods", nullable = false, precision = 15, scale = 2)
    public BigDecimal goods;

    @Column(name = "works", nullable = false, precision = 15, scale = 2)
    public BigDecimal works;

    @Column(name = "services", nullable = false, precision = 15, scale = 2)
    public BigDecimal services;

    @Column(name = "total", nullable = false, precision = 15, scale = 2)
    public BigDecimal total;

    @Column(name = "sme_reserved", nullable = false, precision = 15, scale = 2)
    public BigDecimal smeReserved;

    @Column(name = "small_micro_reserved", nullable = false, precision = 15, scale = 2)
    public BigDecimal smallMicroReserved;

    public BigDecimal declared(ProcurementCategory category) {
        return switch (category) {
            case GOODS -> goods;
            case WORKS -> works;
            case SERVICES -> services;
        };
    }

    public BigDecimal sumOfCategories() {
        return goods.add(works).add(services);
    }
}
