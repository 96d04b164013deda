package cn.songjiang.budget.console.service;

import cn.songjiang.budget.console.client.ProjectsClient;
import cn.songjiang.budget.console.client.ProjectsViews.BudgetDocument;
import cn.songjiang.budget.console.client.ProjectsViews.Finding;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

/** 预算导入: imported budget documents, their reconciliation findings, resolving them, importing a new one. */
@ApplicationScoped
public class ImportService {

    private final ProjectsClient projects;

    ImportService(ProjectsClient projects) {
        this.projects = projects;
    }

    public Section<List<BudgetDocument>> documents() {
        return Section.load(ProjectsClient.SERVICE, projects::documents);
    }

    public Section<List<Finding>> findings(long documentId) {
        return Section.load(ProjectsClient.SERVICE, () -> projects.findings(documentId));
    }

    public WriteOutcome resolve(long documentId, long findingId, BigDecimal correctedAmount, String reason) {
        return WriteOutcome.attempt(ProjectsClient.SERVICE,
                () -> projects.resolve(documentId, findingId, correctedAmount, reason));
    }

    public WriteOutcome importDocument(String markdown) {
        return WriteOutcome.attempt(ProjectsClient.SERVICE, () -> projects.importDocument(markdown));
    }
}
