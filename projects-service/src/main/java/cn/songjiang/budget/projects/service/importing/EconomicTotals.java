package cn.songjiang.budget.projects.service.importing;

import java.math.BigDecimal;

/** The declared 合计 row of the 经济分类 table: total, 人员经费, 公用经费 (元). */
public record EconomicTotals(BigDecimal total, BigDecimal personnel, BigDecimal publicUse, int line) {
}
