package cn.songjiang.budget.projects.service;

import cn.songjiang.budget.projects.domain.PerformanceTarget;
import cn.songjiang.budget.projects.domain.RuleNames;
import cn.songjiang.budget.projects.domain.TargetComparator;
import cn.songjiang.budget.projects.domain.TargetCompletion;
import cn.songjiang.budget.projects.domain.TargetObservation;
import cn.songjiang.budget.projects.domain.TargetOrigin;
import cn.songjiang.budget.projects.repository.PerformanceTargetRepository;
import cn.songjiang.budget.support.persistence.RevisionHistory;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.web.ETags;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Performance targets of a project (预算绩效管理, docs/domain.md §6): the indicator tree, changes by project
 * managers, and the actuals they record, from which each target's completion ratio follows.
 */
@ApplicationScoped
public class TargetService {

    /** The targets of a project with their completion, and the project's average completion. */
    public record TargetTree(long projectId, String projectCode, List<TargetStatus> targets,
            BigDecimal targetCompletion) {
    }

    private static final int VALUE_SCALE = 4;

    private final ProjectService projects;
    private final PerformanceTargetRepository targets;
    private final RevisionHistory history;
    private final Clock clock;

    public TargetService(ProjectService projects, PerformanceTargetRepository targets, RevisionHistory history,
            Clock clock) {
        this.projects = projects;
        this.targets = targets;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public TargetTree tree(long projectId) {
        var project = projects.get(projectId);
        List<TargetStatus> statuses = projects.targetStatuses(projectId);
        return new TargetTree(projectId, project.code, statuses,
                TargetCompletion.average(statuses.stream().map(TargetStatus::completion).toList()));
    }

    @Transactional
    public TargetStatus get(long projectId, long targetId) {
        PerformanceTarget target = find(projectId, targetId);
        return TargetStatus.of(target, targets.latestObservations(List.of(targetId)).get(targetId));
    }

    @Transactional
    public PerformanceTarget create(long projectId, TargetData data) {
        projects.get(projectId);
        check(data);
        PerformanceTarget target = new PerformanceTarget();
        target.projectId = projectId;
        target.origin = TargetOrigin.MANUAL;
        apply(target, data);
        targets.persist(target);
        targets.flush();
        return target;
    }

    @Transactional
    public TargetStatus update(long projectId, long targetId, String ifMatch, TargetData data) {
        PerformanceTarget target = find(projectId, targetId);
        ETags.check(ifMatch, target.version);
        check(data);
        apply(target, data);
        targets.flush();
        return TargetStatus.of(target, targets.latestObservations(List.of(targetId)).get(targetId));
    }

    @Transactional
    public void delete(long projectId, long targetId, String ifMatch) {
        PerformanceTarget target = find(projectId, targetId);
        ETags.check(ifMatch, target.version);
        targets.deleteObservations(targetId);
        targets.delete(target);
    }

    @Transactional
    public TargetObservation observe(long projectId, long targetId, BigDecimal value, LocalDate observedOn,
            String note) {
        PerformanceTarget target = find(projectId, targetId);
        if (observedOn.isAfter(LocalDate.now(clock))) {
            throw ApiProblem.businessRule(RuleNames.OBSERVATION_NOT_IN_FUTURE, "observedOn",
                    "an actual is recorded when it was observed, not in advance");
        }
        if (target.comparator == TargetComparator.QUALITATIVE) {
            if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw ApiProblem.businessRule(RuleNames.QUALITATIVE_ACTUAL_IS_A_RATIO, "value",
                        "the actual of a qualitative target is the assessed completion, from 0 to 1");
            }
        } else if (target.targetValue != null && value == null) {
            throw ApiProblem.businessRule(RuleNames.OBSERVATION_NEEDS_VALUE, "value",
                    "target '" + target.name + "' is measured in " + (target.unit == null ? "its unit" : target.unit)
                            + "; the actual needs a value");
        }
        TargetObservation observation = new TargetObservation();
        observation.targetId = targetId;
        observation.observedValue = measure(value);
        observation.observedOn = observedOn;
        observation.note = note;
        targets.getEntityManager().persist(observation);
        targets.flush();
        return observation;
    }

    @Transactional
    public PageResponse<TargetObservation> observations(long projectId, long targetId, PageRequest page) {
        find(projectId, targetId);
        return PageResponse.of(targets.observations(targetId, page), page, targets.countObservations(targetId));
    }

    @Transactional
    public List<RevisionHistory.Revision<PerformanceTarget>> revisions(long projectId, long targetId) {
        projects.get(projectId);
        List<RevisionHistory.Revision<PerformanceTarget>> revisions = history.of(PerformanceTarget.class, targetId);
        if (revisions.isEmpty() || !revisions.get(0).state().projectId.equals(projectId)) {
            throw ApiProblem.notFound("Performance target", targetId);
        }
        return revisions;
    }

    private PerformanceTarget find(long projectId, long targetId) {
        projects.get(projectId);
        return targets.findInProject(projectId, targetId)
                .orElseThrow(() -> ApiProblem.notFound("Performance target", targetId));
    }

    /** The shape rules of the indicator tree (docs/domain.md §6.1). */
    private static void check(TargetData data) {
        if (data.level2().parent() != data.level1()) {
            throw ApiProblem.businessRule(RuleNames.INDICATOR_LEVEL_MISMATCH, "level2", data.level2() + " ("
                    + data.level2().label() + ") belongs to " + data.level2().parent() + ", not " + data.level1());
        }
        if (data.comparator() == TargetComparator.QUALITATIVE) {
            if (data.value() != null || data.deadline() != null) {
                throw ApiProblem.businessRule(RuleNames.QUALITATIVE_TARGET_HAS_NO_VALUE, "value",
                        "a qualitative (定性) target has neither a value nor a deadline");
            }
            return;
        }
        if ((data.value() == null) == (data.deadline() == null)) {
            throw ApiProblem.businessRule(RuleNames.TARGET_NEEDS_VALUE_OR_DEADLINE, "value",
                    "a target has either a value (with its unit) or a deadline, not both and not neither");
        }
        if (data.deadline() != null && data.comparator() != TargetComparator.LE) {
            throw ApiProblem.businessRule(RuleNames.DEADLINE_TARGET_IS_LE, "comparator",
                    "a deadline is met on or before its date: use LE");
        }
    }

    /** Values and actuals are kept with the 4 decimals of their column, so a response shows what is stored. */
    private static BigDecimal measure(BigDecimal value) {
        return value == null ? null : value.setScale(VALUE_SCALE, RoundingMode.UNNECESSARY);
    }

    private static void apply(PerformanceTarget target, TargetData data) {
        target.level1 = data.level1();
        target.level2 = data.level2();
        target.name = data.name().strip();
        target.comparator = data.comparator();
        target.targetValue = measure(data.value());
        target.unit = data.unit() == null || data.unit().isBlank() ? null : data.unit().strip();
        target.deadline = data.deadline();
        target.approximate = data.approximate();
    }
}
