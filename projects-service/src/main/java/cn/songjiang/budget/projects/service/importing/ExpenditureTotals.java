package cn.songjiang.budget.projects.service.importing;

import java.math.BigDecimal;

/** The declared 合计 row of 支出预算总表: total, 基本支出, 项目支出 (元). */
public record ExpenditureTotals(BigDecimal total, BigDecimal basic, BigDecimal project, int line) {
}
