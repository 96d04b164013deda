package cn.songjiang.budget.procurement.repository;

import cn.songjiang.budget.procurement.domain.Supplier;
import cn.songjiang.budget.procurement.domain.SupplierSize;
import cn.songjiang.budget.support.persistence.SearchFilter;
import cn.songjiang.budget.support.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Suppliers by id, by credit code, and filtered lists. */
@ApplicationScoped
public class SupplierRepository implements PanacheRepositoryBase<Supplier, Long> {

    public Optional<Supplier> findByCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
    }

    public PanacheQuery<Supplier> search(String creditCode, SupplierSize size, PageRequest page) {
        SearchFilter filter = new SearchFilter().equal("creditCode", "code", creditCode).equal("size", "size", size);
        return find(filter.query(), Sort.by("id"), filter.parameters()).page(Page.of(page.page(), page.size()));
    }
}
