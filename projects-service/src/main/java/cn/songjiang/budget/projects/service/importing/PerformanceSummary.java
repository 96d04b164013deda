package cn.songjiang.budget.projects.service.importing;

import java.math.BigDecimal;

/** §四 绩效目标设置情况 as declared: number of projects, their total (元) and how many are ≥ the threshold. */
public record PerformanceSummary(
        int projectCount,
        BigDecimal total,
        BigDecimal largeProjectThreshold,
        int projectsAtOrOverThreshold,
        int line) {
}
