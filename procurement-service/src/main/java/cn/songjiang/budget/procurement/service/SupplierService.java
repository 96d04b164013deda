package cn.songjiang.budget.procurement.service;

import cn.songjiang.budget.procurement.domain.CreditCode;
import cn.songjiang.budget.procurement.domain.RuleNames;
import cn.songjiang.budget.procurement.domain.Supplier;
import cn.songjiang.budget.procurement.domain.SupplierSize;
import cn.songjiang.budget.procurement.repository.SupplierRepository;
import cn.songjiang.budget.support.persistence.RevisionHistory;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.web.ETags;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Suppliers: one per 统一社会信用代码 (checked by GB 32100-2015). A change of size applies to future contracts
 * only; signed contracts keep the size they were signed with.
 */
@ApplicationScoped
public class SupplierService {

    /** A supplier as entered. */
    public record SupplierData(String name, String creditCode, SupplierSize size, String contactName,
            String contactPhone, String contactEmail) {
    }

    private final SupplierRepository suppliers;
    private final RevisionHistory history;

    public SupplierService(SupplierRepository suppliers, RevisionHistory history) {
        this.suppliers = suppliers;
        this.history = history;
    }

    @Transactional
    public Supplier create(SupplierData data) {
        String code = validCode(data.creditCode());
        suppliers.findByCreditCode(code).ifPresent(existing -> {
            throw duplicate(code, existing);
        });
        Supplier supplier = new Supplier();
        apply(supplier, data, code);
        suppliers.persistAndFlush(supplier);
        return supplier;
    }

    @Transactional
    public Supplier update(long id, String ifMatch, SupplierData data) {
        Supplier supplier = get(id);
        ETags.check(ifMatch, supplier.version);
        String code = validCode(data.creditCode());
        suppliers.findByCreditCode(code).filter(other -> !other.id.equals(supplier.id)).ifPresent(other -> {
            throw duplicate(code, other);
        });
        apply(supplier, data, code);
        suppliers.flush();
        return supplier;
    }

    public Supplier get(long id) {
        return suppliers.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Supplier", id));
    }

    /** Every revision of the supplier, oldest first. */
    public List<RevisionHistory.Revision<Supplier>> history(long id) {
        get(id);
        return history.of(Supplier.class, id);
    }

    public PageResponse<Supplier> search(String creditCode, SupplierSize size, PageRequest page) {
        PanacheQuery<Supplier> query = suppliers.search(CreditCode.normalise(creditCode), size, page);
        return PageResponse.of(query.list(), page, query.count());
    }

    private static String validCode(String raw) {
        try {
            return CreditCode.of(raw).value();
        } catch (CreditCode.InvalidCreditCodeException e) {
            throw ApiProblem.businessRule(RuleNames.CREDIT_CODE_CHECK, "creditCode", e.getMessage());
        }
    }

    private static ApiProblem duplicate(String code, Supplier existing) {
        return ApiProblem.conflict("duplicate", "Supplier " + existing.id + " already has credit code " + code);
    }

    private static void apply(Supplier supplier, SupplierData data, String code) {
        supplier.name = data.name().strip();
        supplier.creditCode = code;
        supplier.size = data.size();
        supplier.contactName = ProcurementPlanService.blankToNull(data.contactName());
        supplier.contactPhone = ProcurementPlanService.blankToNull(data.contactPhone());
        supplier.contactEmail = ProcurementPlanService.blankToNull(data.contactEmail());
    }
}
