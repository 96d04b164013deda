package cn.songjiang.budget.procurement.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** The part of a projects-service department budget this service reads: its declared 政府采购预算. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DepartmentBudget(String departmentCode, Integer fiscalYear, Procurement procurement) {

    /** The declared procurement split in 元: categories, total and the SME and small/micro reserves. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Procurement(BigDecimal goods, BigDecimal works, BigDecimal services, BigDecimal total,
            BigDecimal smeReserved, BigDecimal smallMicroReserved) {
    }
}
