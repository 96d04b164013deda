package cn.songjiang.budget.payments.repository;

import cn.songjiang.budget.payments.domain.PlanAmendment;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Plan amendments. */
@ApplicationScoped
public class AmendmentRepository implements PanacheRepository<PlanAmendment> {

    public List<PlanAmendment> ofPlan(long planId) {
        return list("plan.id = ?1 order by revision", planId);
    }
}
