package cn.songjiang.budget.projects.service.importing;

import cn.songjiang.budget.projects.domain.IndicatorLevel1;
import cn.songjiang.budget.projects.domain.IndicatorLevel2;
import cn.songjiang.budget.projects.domain.TargetComparator;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A level-3 performance indicator the project text states outright (docs/domain.md §6.1): where it sits in the
 * tree, comparator, value and unit (or a deadline for 时效 targets), and the words it was read from.
 */
public record ParsedTarget(
        IndicatorLevel1 level1,
        IndicatorLevel2 level2,
        String name,
        TargetComparator comparator,
        BigDecimal value,
        String unit,
        LocalDate deadline,
        boolean approximate,
        String sourceText,
        int line) {

    public ParsedTarget {
        if (level2.parent() != level1) {
            throw new IllegalArgumentException(level2 + " does not belong to " + level1);
        }
    }
}
