package cn.songjiang.budget.payments.repository;

import cn.songjiang.budget.payments.domain.InstallmentEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Milestone events. */
@ApplicationScoped
public class EventRepository implements PanacheRepository<InstallmentEvent> {

    public Optional<InstallmentEvent> ofInstallment(long installmentId) {
        return find("installment.id", installmentId).firstResultOptional();
    }
}
