package cn.songjiang.budget.projects.service;

import cn.songjiang.budget.projects.domain.PerformanceTarget;
import cn.songjiang.budget.projects.domain.TargetCompletion;
import cn.songjiang.budget.projects.domain.TargetObservation;
import java.math.BigDecimal;

/** A target with its latest actual (or null) and its completion ratio (or null). */
public record TargetStatus(PerformanceTarget target, TargetObservation latest, BigDecimal completion) {

    static TargetStatus of(PerformanceTarget target, TargetObservation latest) {
        BigDecimal ratio = latest == null ? null : TargetCompletion.ratio(target.comparator, target.targetValue,
                target.deadline, latest.observedValue, latest.observedOn);
        return new TargetStatus(target, latest, ratio);
    }
}
