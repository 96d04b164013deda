package cn.songjiang.budget.projects.service.importing;

import java.math.BigDecimal;

/** 机关运行经费: the table cell as printed ("/" when none), its amount when there is one, and the explanatory note. */
public record OperatingExpenses(String tableCell, BigDecimal amount, String note, int line) {
}
