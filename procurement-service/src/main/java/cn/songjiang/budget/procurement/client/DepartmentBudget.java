package cn.songjiang.budget.procurement.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** The part of a projects-service department budget this service reads: its declared 政府采购预算. */
public record DepartmentBudget(String departmentCode, Integer fiscalYear,
        @JsonProperty(required = true) Procurement procurement) {

    /** The declared procurement split in 元: categories, total and the SME and small/micro reserves. */
    public record Procurement(@JsonProperty(required = true) BigDecimal goods,
            @JsonProperty(required = true) BigDecimal works, @JsonProperty(required = true) BigDecimal services,
            @JsonProperty(required = true) BigDecimal total, @JsonProperty(required = true) BigDecimal smeReserved,
            @JsonProperty(required = true) BigDecimal smallMicroReserved) {
    }
}
