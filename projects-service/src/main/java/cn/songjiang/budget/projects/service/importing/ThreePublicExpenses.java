package cn.songjiang.budget.projects.service.importing;

import java.math.BigDecimal;

/** 三公经费 as declared in the table (元): 因公出国（境）, 公务接待, 公务用车 (购置 + 运行). */
public record ThreePublicExpenses(
        BigDecimal total,
        BigDecimal outboundTravel,
        BigDecimal reception,
        BigDecimal vehicleTotal,
        BigDecimal vehiclePurchase,
        BigDecimal vehicleOperation,
        int line,
        String explanationText) {
}
