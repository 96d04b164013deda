package cn.songjiang.budget.payments.repository;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A counter that moves after every committed change of the tables the read answers depend on, made by this
 * instance or by any other one, so that an answer computed at one value is current while the counter has not moved.
 *
 * <p>Changes of any instance: migration V4 has PostgreSQL notify channel {@value #CHANNEL} for every statement that
 * changes an installment, a plan or a payment, and PostgreSQL delivers it when the transaction commits. A dedicated
 * connection (not one of the pool's) listens; the counter moves once per batch of notifications received. The
 * counter is this instance's own (never a number from elsewhere), so an answer is never kept under a version that
 * was current before a change it missed. While the listening connection is down, {@link #listening()} is false
 * (answers must not be reused) and the counter moves when it is back, as anything may have changed meanwhile.
 *
 * <p>Changes of this instance: the JPA listener of {@link cn.songjiang.budget.payments.domain.Installment} also moves
 * the counter once its transaction has ended, without waiting for the notification.
 */
@ApplicationScoped
public class ReadModelVersion {

    static final String CHANNEL = "read_model";
    /** The listening connection's application_name, so that an operator (or a test) can find it. */
    public static final String LISTENER_NAME = "payments-read-model-listener";
    private static final Logger LOG = Logger.getLogger(ReadModelVersion.class);
    private static final Object REGISTERED = ReadModelVersion.class;
    private static final int POLL_MILLIS = 500;
    private static final long RETRY_MILLIS = 1_000;

    private final AtomicLong version = new AtomicLong();
    private final Config config;
    private volatile boolean listening;
    private volatile boolean stopped;
    private Thread listener;

    public ReadModelVersion(Config config) {
        this.config = config;
    }

    public long current() {
        return version.get();
    }

    /** Whether changes of other instances are being heard; when not, nothing computed may be reused. */
    public boolean listening() {
        return listening;
    }

    void start(@Observes StartupEvent event) {
        listener = new Thread(this::listen, LISTENER_NAME);
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopped = true;
        if (listener != null) {
            listener.interrupt();
            listener.join(2 * POLL_MILLIS);
        }
    }

    private void listen() {
        while (!stopped) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                // Whatever changed while nobody listened is unknown: everything computed before is stale.
                version.incrementAndGet();
                listening = true;
                while (!stopped) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        version.incrementAndGet();
                    }
                }
            } catch (SQLException e) {
                if (!stopped) {
                    LOG.warnf("Not listening to read-model changes (%s); answers are not cached until it is back",
                            e.getMessage());
                }
            } finally {
                listening = false;
            }
            pause();
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class)
                .ifPresent(user -> properties.setProperty("user", user));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("ApplicationName", LISTENER_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class), properties);
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
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
