package cn.songjiang.budget.projects.repository;

import cn.songjiang.budget.projects.domain.BudgetDocument;
import cn.songjiang.budget.support.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
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
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (departmentCode != null && !departmentCode.isBlank()) {
            where.add("departmentCode = :department");
            parameters.and("department", departmentCode);
        }
        if (fiscalYear != null) {
            where.add("fiscalYear = :year");
            parameters.and("year", fiscalYear);
        }
        return find(String.join(" and ", where), Sort.by("id"), parameters).page(Page.of(page.page(), page.size()));
    }
}
