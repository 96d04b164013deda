package cn.songjiang.budget.procurement.repository;

import cn.songjiang.budget.procurement.domain.ContractAmendment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The amendment history of contracts, oldest first. */
@ApplicationScoped
public class ContractAmendmentRepository implements PanacheRepositoryBase<ContractAmendment, Long> {

    public List<ContractAmendment> ofContract(long contractId) {
        return list("contract.id", Sort.by("sequence"), contractId);
    }
}
