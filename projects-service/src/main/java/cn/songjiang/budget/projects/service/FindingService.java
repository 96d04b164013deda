package cn.songjiang.budget.projects.service;

import cn.songjiang.budget.projects.domain.BudgetFinding;
import cn.songjiang.budget.projects.domain.FindingStatus;
import cn.songjiang.budget.projects.domain.Project;
import cn.songjiang.budget.projects.domain.RuleNames;
import cn.songjiang.budget.projects.repository.BudgetDocumentRepository;
import cn.songjiang.budget.projects.repository.BudgetFindingRepository;
import cn.songjiang.budget.projects.repository.ProjectRepository;
import cn.songjiang.budget.support.persistence.RevisionHistory;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.security.CurrentUser;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.PageResponse;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The findings of imported documents and their resolution. Nothing is corrected silently: a correction is
 * made by an administrator, with a reason, through a finding; the project then carries the corrected amount,
 * keeps the stated one, and both stay in the revision history.
 */
@ApplicationScoped
public class FindingService {

    private final BudgetDocumentRepository documents;
    private final BudgetFindingRepository findings;
    private final ProjectRepository projects;
    private final RevisionHistory history;

    public FindingService(BudgetDocumentRepository documents, BudgetFindingRepository findings,
            ProjectRepository projects, RevisionHistory history) {
        this.documents = documents;
        this.findings = findings;
        this.projects = projects;
        this.history = history;
    }

    @Transactional
    public PageResponse<BudgetFinding> list(long documentId, FindingStatus status, PageRequest page) {
        requireDocument(documentId);
        var query = findings.ofDocument(documentId, status, page);
        return PageResponse.of(query.list(), page, query.count());
    }

    @Transactional
    public BudgetFinding get(long documentId, long findingId) {
        requireDocument(documentId);
        return findings.findInDocument(documentId, findingId)
                .orElseThrow(() -> ApiProblem.notFound("Finding", findingId));
    }

    /**
     * Resolves a finding. With {@code correctedAmount} (findings about one project's amount only) the project's
     * effective amount becomes it; without, the finding is closed as reviewed and nothing changes.
     */
    @Transactional
    public BudgetFinding resolve(long documentId, long findingId, BigDecimal correctedAmount, String reason) {
        BudgetFinding finding = get(documentId, findingId);
        if (finding.status != FindingStatus.OPEN) {
            throw ApiProblem.conflict("finding-already-resolved", "Finding " + findingId + " was resolved by "
                    + finding.resolvedBy + " at " + finding.resolvedAt + "; it cannot be resolved twice");
        }
        if (correctedAmount != null) {
            if (finding.projectId == null) {
                throw ApiProblem.businessRule(RuleNames.CORRECTION_NEEDS_A_PROJECT_FINDING, "correctedAmount",
                        "finding " + findingId + " (" + finding.code + ") concerns no single project amount; "
                                + "correct the project findings it points to, or resolve it without an amount");
            }
            Project project = projects.findByIdOptional(finding.projectId)
                    .orElseThrow(() -> new IllegalStateException("finding " + findingId + " names a missing project"));
            Log.infof("Project %s: amount %s → %s (finding %d, by %s)", project.code, project.amount,
                    correctedAmount, findingId, CurrentUser.name());
            project.amount = correctedAmount;
            project.correctionFindingId = finding.id;
            project.correctionReason = reason;
        }
        finding.status = FindingStatus.RESOLVED;
        finding.resolvedAmount = correctedAmount;
        finding.resolutionReason = reason;
        finding.resolvedBy = CurrentUser.name();
        finding.resolvedAt = Instant.now();
        findings.flush();
        return finding;
    }

    @Transactional
    public List<RevisionHistory.Revision<BudgetFinding>> revisions(long documentId, long findingId) {
        get(documentId, findingId);
        return history.of(BudgetFinding.class, findingId);
    }

    private void requireDocument(long documentId) {
        if (documents.findByIdOptional(documentId).isEmpty()) {
            throw ApiProblem.notFound("Budget document", documentId);
        }
    }
}
