package cn.songjiang.budget.payments.repository;

import cn.songjiang.budget.payments.domain.InstallmentEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Milestone events. */
@ApplicationScoped
public class EventRepository implements PanacheRepository<InstallmentEvent> {

    /** The events of the installments of the plans, oldest first. */
    public List<InstallmentEvent> ofPlans(List<Long> planIds) {
        return list("installment.plan.id in ?1 order by id", planIds);
    }

    public Optional<InstallmentEvent> ofInstallment(long installmentId) {
        return find("installment.id", installmentId).firstResultOptional();
    }
}
