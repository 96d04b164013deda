package cn.songjiang.budget.projects.service.importing;

import java.math.BigDecimal;

/** One row of 基本支出 by 部门预算经济分类: 类 / 款 codes, name, 合计, 人员经费, 公用经费 (元). */
public record EconomicExpenditureRow(
        String classCode,
        String itemCode,
        String name,
        BigDecimal total,
        BigDecimal personnel,
        BigDecimal publicUse,
        int line) {

    /** 1 for a 类 row, 2 for 款. */
    public int level() {
        return itemCode != null ? 2 : 1;
    }

    /** The code as printed, joined: {@code 301-01}. */
    public String code() {
        return classCode + (itemCode != null ? "-" + itemCode : "");
    }
}
