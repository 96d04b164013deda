package cn.songjiang.budget.console.service;

import cn.songjiang.budget.console.client.PaymentsClient;
import cn.songjiang.budget.console.client.PaymentsViews.Plan;
import cn.songjiang.budget.console.client.PaymentsViews.RecordEvent;
import cn.songjiang.budget.console.client.ProjectsClient;
import cn.songjiang.budget.console.client.ProjectsViews.NewObservation;
import cn.songjiang.budget.console.client.ProjectsViews.Project;
import cn.songjiang.budget.console.client.ProjectsViews.TargetTree;
import cn.songjiang.budget.console.config.ConsoleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** 项目: the projects with their terms and targets, their payment plans, and the PM's milestones. */
@ApplicationScoped
public class ProjectsService {

    private final ProjectsClient projects;
    private final PaymentsClient payments;
    private final ConsoleConfig config;

    ProjectsService(ProjectsClient projects, PaymentsClient payments, ConsoleConfig config) {
        this.projects = projects;
        this.payments = payments;
        this.config = config;
    }

    public record ProjectList(List<Project> projects) {

        public BigDecimal total() {
            return projects.stream().map(Project::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal statedTotal() {
            return projects.stream().map(Project::statedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public Section<ProjectList> list() {
        return Section.load(ProjectsClient.SERVICE,
                () -> new ProjectList(projects.projects(config.fiscalYear(), config.departmentCode())));
    }

    public Section<Project> project(long id) {
        return Section.load(ProjectsClient.SERVICE, () -> projects.project(id));
    }

    public Section<TargetTree> targets(long id) {
        return Section.load(ProjectsClient.SERVICE, () -> projects.targets(id));
    }

    public Section<List<Plan>> plans(long projectId) {
        return Section.load(PaymentsClient.SERVICE, () -> payments.plansOfProject(projectId));
    }

    /** Records that an installment's milestone happened: the installment becomes due on its statutory date. */
    public WriteOutcome recordMilestone(long installmentId, String trigger, LocalDate date, String evidenceRef,
            String note) {
        return WriteOutcome.attempt(PaymentsClient.SERVICE, () -> payments.recordEvent(installmentId,
                new RecordEvent(trigger, date, evidenceRef, note == null || note.isBlank() ? null : note)));
    }

    public WriteOutcome observe(long projectId, long targetId, BigDecimal value, LocalDate observedOn, String note) {
        return WriteOutcome.attempt(ProjectsClient.SERVICE, () -> projects.observe(projectId, targetId,
                new NewObservation(value, observedOn, note == null || note.isBlank() ? null : note)));
    }
}
