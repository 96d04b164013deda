package cn.songjiang.budget.projects.repository;

import cn.songjiang.budget.projects.domain.BudgetFinding;
import cn.songjiang.budget.projects.domain.FindingStatus;
import cn.songjiang.budget.support.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Findings of imported documents, in the order the reconciliation raised them. */
@ApplicationScoped
public class BudgetFindingRepository implements PanacheRepositoryBase<BudgetFinding, Long> {

    public PanacheQuery<BudgetFinding> ofDocument(long documentId, FindingStatus status, PageRequest page) {
        Parameters parameters = Parameters.with("document", documentId);
        String where = "documentId = :document";
        if (status != null) {
            where += " and status = :status";
            parameters.and("status", status);
        }
        return find(where, Sort.by("position"), parameters).page(Page.of(page.page(), page.size()));
    }

    public Optional<BudgetFinding> findInDocument(long documentId, long findingId) {
        return find("id = ?1 and documentId = ?2", findingId, documentId).firstResultOptional();
    }

    public long countOf(long documentId, FindingStatus status) {
        return status == null ? count("documentId", documentId)
                : count("documentId = ?1 and status = ?2", documentId, status);
    }
}
