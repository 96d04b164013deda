package cn.songjiang.budget.projects.service.importing;

import java.math.BigDecimal;
import java.util.List;

/** Revenue by source from 财务收支预算总表, with the declared 收入总计. */
public record RevenueBudget(List<RevenueSourceLine> sources, BigDecimal declaredTotal, int totalLine) {

    public RevenueBudget {
        sources = List.copyOf(sources);
    }

    /** One source line; level 1 for 一、…, level 2 for the 1. … lines under it. */
    public record RevenueSourceLine(String name, int level, BigDecimal amount, int line) {
    }
}
