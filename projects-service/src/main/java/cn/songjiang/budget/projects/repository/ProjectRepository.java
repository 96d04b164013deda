package cn.songjiang.budget.projects.repository;

import cn.songjiang.budget.projects.domain.PaymentInstallment;
import cn.songjiang.budget.projects.domain.PaymentTermKind;
import cn.songjiang.budget.projects.domain.Project;
import cn.songjiang.budget.projects.domain.ProjectAmountPart;
import cn.songjiang.budget.projects.domain.RecurringPaymentItem;
import cn.songjiang.budget.support.persistence.SearchFilter;
import cn.songjiang.budget.support.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Projects with their amount parts and payment terms; filtered lists in a stable order. */
@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, Long> {

    /** Filters of the project list; null means "any". */
    public record Filter(Integer fiscalYear, String departmentCode, String nameContains, PaymentTermKind kind,
            BigDecimal minAmount, BigDecimal maxAmount) {
    }

    public PanacheQuery<Project> search(Filter filter, PageRequest page) {
        String nameLike = filter.nameContains() == null ? null
                : "%" + escapeLike(filter.nameContains().toLowerCase()) + "%";
        SearchFilter where = new SearchFilter().equal("fiscalYear", "year", filter.fiscalYear())
                .equal("departmentCode", "department", filter.departmentCode())
                .where("lower(name) like :q escape '\\'", "q", nameLike)
                .equal("paymentTermKind", "kind", filter.kind())
                .where("amount >= :min", "min", filter.minAmount())
                .where("amount <= :max", "max", filter.maxAmount());
        Sort order = Sort.by("fiscalYear").and("departmentCode").and("sequence").and("id");
        return find(where.query(), order, where.parameters()).page(Page.of(page.page(), page.size()));
    }

    public List<Project> findByBudget(long budgetId) {
        return list("budgetId", Sort.by("sequence"), budgetId);
    }

    public List<ProjectAmountPart> parts(long projectId) {
        return getEntityManager().createQuery(
                        "from ProjectAmountPart where projectId = :id order by position", ProjectAmountPart.class)
                .setParameter("id", projectId).getResultList();
    }

    public List<PaymentInstallment> installments(long projectId) {
        return getEntityManager().createQuery(
                        "from PaymentInstallment where projectId = :id order by sequence", PaymentInstallment.class)
                .setParameter("id", projectId).getResultList();
    }

    /** The installments of several projects, by project id. */
    public Map<Long, List<PaymentInstallment>> installments(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery(
                        "from PaymentInstallment where projectId in :ids order by projectId, sequence",
                        PaymentInstallment.class)
                .setParameter("ids", projectIds).getResultList().stream()
                .collect(Collectors.groupingBy(i -> i.projectId));
    }

    public List<RecurringPaymentItem> recurringItems(long projectId) {
        return getEntityManager().createQuery(
                        "from RecurringPaymentItem where projectId = :id order by position", RecurringPaymentItem.class)
                .setParameter("id", projectId).getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
