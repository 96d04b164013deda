package cn.songjiang.budget.projects.service.importing;

import java.math.BigDecimal;

/** The year-on-year change of the financial appropriation as declared in 部门预算编制说明 (元, percent as printed). */
public record YearOnYearChange(
        int previousYear,
        BigDecimal currentTotal,
        BigDecimal change,
        BigDecimal declaredPercent,
        String reason,
        int line) {
}
