package cn.songjiang.budget.payments.repository;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that moves after every transaction that changed an installment, so that anything computed from
 * installments (the due-payments totals) knows whether it is still current. Registered as the JPA listener of
 * {@link cn.songjiang.budget.payments.domain.Installment}.
 */
@ApplicationScoped
public class ReadModelVersion {

    private static final Object REGISTERED = ReadModelVersion.class;
    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    /** Moves the counter once the current transaction has ended (or at once outside a transaction). */
    void changed() {
        TransactionSynchronizationRegistry registry = Arc.container()
                .instance(TransactionSynchronizationRegistry.class).get();
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            version.incrementAndGet();
            return;
        }
        if (registry.getResource(REGISTERED) != null) {
            return;
        }
        registry.putResource(REGISTERED, Boolean.TRUE);
        // After completion, not before: a reader that computed from the old rows must not be taken as current.
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                version.incrementAndGet();
            }
        });
    }

    /** The JPA entity listener. */
    public static class Listener {

        @PostPersist
        @PostUpdate
        @PostRemove
        void installmentChanged(Object installment) {
            Arc.container().instance(ReadModelVersion.class).get().changed();
        }
    }
}
