package cn.songjiang.budget.projects.service;

import cn.songjiang.budget.projects.domain.PaymentInstallment;
import cn.songjiang.budget.projects.domain.PerformanceTarget;
import cn.songjiang.budget.projects.domain.Project;
import cn.songjiang.budget.projects.domain.TargetCompletion;
import cn.songjiang.budget.projects.domain.TargetObservation;
import cn.songjiang.budget.projects.repository.PerformanceTargetRepository;
import cn.songjiang.budget.projects.repository.ProjectRepository;
import cn.songjiang.budget.support.persistence.RevisionHistory;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** Reads projects: filtered lists, one project with everything it states, and its revision history. */
@ApplicationScoped
public class ProjectService {

    private final ProjectRepository projects;
    private final PerformanceTargetRepository targets;
    private final RevisionHistory history;

    public ProjectService(ProjectRepository projects, PerformanceTargetRepository targets, RevisionHistory history) {
        this.projects = projects;
        this.targets = targets;
        this.history = history;
    }

    @Transactional
    public PageResponse<ProjectOverview> search(ProjectRepository.Filter filter, PageRequest page) {
        // A page of 500 projects loads thousands of entities (installments, targets, observations) that nothing
        // changes: read-only, Hibernate keeps no snapshots of them and checks none at commit.
        projects.getEntityManager().unwrap(Session.class).setDefaultReadOnly(true);
        var query = projects.search(filter, page);
        List<Project> found = query.list();
        List<Long> ids = found.stream().map(p -> p.id).toList();
        Map<Long, List<PaymentInstallment>> installments = projects.installments(ids);
        Map<Long, BigDecimal> completion = completionOf(ids);
        List<ProjectOverview> items = found.stream()
                .map(p -> new ProjectOverview(p, installments.getOrDefault(p.id, List.of()), completion.get(p.id)))
                .toList();
        return PageResponse.of(items, page, query.count());
    }

    @Transactional
    public Project get(long id) {
        return projects.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Project", id));
    }

    @Transactional
    public ProjectDetail detail(long id) {
        Project project = get(id);
        List<TargetStatus> statuses = targetStatuses(id);
        return new ProjectDetail(project, projects.parts(id), projects.installments(id),
                projects.recurringItems(id), statuses,
                TargetCompletion.average(statuses.stream().map(TargetStatus::completion).toList()));
    }

    @Transactional
    public List<RevisionHistory.Revision<Project>> revisions(long id) {
        get(id);
        return history.of(Project.class, id);
    }

    /** The targets of a project with their latest actuals, oldest target first. */
    List<TargetStatus> targetStatuses(long projectId) {
        List<PerformanceTarget> list = targets.ofProject(projectId);
        Map<Long, TargetObservation> latest = targets.latestObservations(list.stream().map(t -> t.id).toList());
        return list.stream().map(t -> TargetStatus.of(t, latest.get(t.id))).toList();
    }

    private Map<Long, BigDecimal> completionOf(List<Long> projectIds) {
        List<PerformanceTarget> list = targets.ofProjects(projectIds);
        Map<Long, TargetObservation> latest = targets.latestObservations(list.stream().map(t -> t.id).toList());
        return list.stream().collect(Collectors.groupingBy(t -> t.projectId)).entrySet().stream()
                .filter(e -> TargetCompletion.average(ratios(e.getValue(), latest)) != null)
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> TargetCompletion.average(ratios(e.getValue(), latest))));
    }

    private static List<BigDecimal> ratios(List<PerformanceTarget> list, Map<Long, TargetObservation> latest) {
        return list.stream().map(t -> TargetStatus.of(t, latest.get(t.id)).completion()).toList();
    }
}
