package cn.songjiang.budget.support.database;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: DOWN only when the service cannot recover by itself, that is when its embedded database has been dead
 * longer than {@link EmbeddedDatabase#GIVE_UP_AFTER} and could not be started again; a restart of the service is then
 * the remedy. An external database that is down is a readiness matter: the service reconnects once it is back.
 */
@Liveness
@ApplicationScoped
public class EmbeddedDatabaseLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Optional<EmbeddedDatabase> database = LocalPlatform.embeddedDatabase();
        if (database.isEmpty()) {
            return HealthCheckResponse.named("embedded-database").up().withData("embedded", false).build();
        }
        return HealthCheckResponse.named("embedded-database")
                .status(database.get().recoverable())
                .withData("embedded", true)
                .withData("running", database.get().postmasterPid().isPresent())
                .build();
    }
}
