package cn.songjiang.budget.projects.repository;

import cn.songjiang.budget.projects.domain.BudgetDocument;
import cn.songjiang.budget.support.persistence.SearchFilter;
import cn.songjiang.budget.support.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Imported documents by id, content hash, department and year. */
@ApplicationScoped
public class BudgetDocumentRepository implements PanacheRepositoryBase<BudgetDocument, Long> {

    public Optional<BudgetDocument> findByHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }

    public Optional<BudgetDocument> findByDepartmentAndYear(String departmentCode, int fiscalYear) {
        return find("departmentCode = ?1 and fiscalYear = ?2", departmentCode, fiscalYear).firstResultOptional();
    }

    public PanacheQuery<BudgetDocument> search(String departmentCode, Integer fiscalYear, PageRequest page) {
        SearchFilter filter = new SearchFilter().equal("departmentCode", "department", departmentCode)
                .equal("fiscalYear", "year", fiscalYear);
        return find(filter.query(), Sort.by("id"), filter.parameters()).page(Page.of(page.page(), page.size()));
    }
}
