package cn.songjiang.budget.procurement.repository;

import cn.songjiang.budget.procurement.domain.Supplier;
import cn.songjiang.budget.procurement.domain.SupplierSize;
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

/** Suppliers by id, by credit code, and filtered lists. */
@ApplicationScoped
public class SupplierRepository implements PanacheRepositoryBase<Supplier, Long> {

    public Optional<Supplier> findByCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
    }

    public PanacheQuery<Supplier> search(String creditCode, SupplierSize size, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (creditCode != null && !creditCode.isBlank()) {
            where.add("creditCode = :code");
            parameters.and("code", creditCode);
        }
        if (size != null) {
            where.add("size = :size");
            parameters.and("size", size);
        }
        return find(String.join(" and ", where), Sort.by("id"), parameters).page(Page.of(page.page(), page.size()));
    }
}
