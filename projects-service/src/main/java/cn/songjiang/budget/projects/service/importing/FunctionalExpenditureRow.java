package cn.songjiang.budget.projects.service.importing;

import java.math.BigDecimal;

/** One row of 支出预算总表 by 功能分类: 类 / 款 / 项 codes, name, 合计, 基本支出, 项目支出 (元). */
public record FunctionalExpenditureRow(
        String classCode,
        String itemCode,
        String subItemCode,
        String name,
        BigDecimal total,
        BigDecimal basic,
        BigDecimal project,
        int line) {

    /** 1 for a 类 row, 2 for 款, 3 for 项. */
    public int level() {
        return subItemCode != null ? 3 : itemCode != null ? 2 : 1;
    }

    /** The code as printed, joined: {@code 201-99-99}. */
    public String code() {
        return classCode + (itemCode != null ? "-" + itemCode : "") + (subItemCode != null ? "-" + subItemCode : "");
    }
}
