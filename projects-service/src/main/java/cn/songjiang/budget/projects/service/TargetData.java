package cn.songjiang.budget.projects.service;

import cn.songjiang.budget.projects.domain.IndicatorLevel1;
import cn.songjiang.budget.projects.domain.IndicatorLevel2;
import cn.songjiang.budget.projects.domain.TargetComparator;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields of a performance target a project manager sets. */
public record TargetData(IndicatorLevel1 level1, IndicatorLevel2 level2, String name, TargetComparator comparator,
        BigDecimal value, String unit, LocalDate deadline, boolean approximate) {
}
