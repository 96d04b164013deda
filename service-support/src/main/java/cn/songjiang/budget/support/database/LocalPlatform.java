package cn.songjiang.budget.support.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The embedded default: when no database URL is configured, a service runs its own real PostgreSQL with its
 * data under {@code data/<service>/postgres} (password in {@code data/<service>/postgres-password}) and verifies
 * tokens with the local signing key. Called from each service's main method before Quarkus starts, because the
 * datasource and Flyway start before any observer could run. The server is watched: when it dies it is started
 * again, and the service's connections recover. Production configures {@code QUARKUS_DATASOURCE_JDBC_URL} and
 * nothing here happens.
 */
public final class LocalPlatform {

    private static final Logger LOG = Logger.getLogger(LocalPlatform.class);
    private static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static volatile EmbeddedDatabase database;

    private LocalPlatform() {
    }

    /** Starts the embedded database once per JVM (dev mode calls main again on every live reload). */
    public static void startIfNotConfigured(String service) {
        if (isConfigured(URL_PROPERTY) || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Path dataRoot = Path.of(System.getProperty("budget.data-dir", "data")).toAbsolutePath();
        Path dataDirectory = dataRoot.resolve(service).resolve("postgres");
        try {
            database = EmbeddedDatabase.start(dataDirectory, dataRoot.resolve(service).resolve("postgres-password"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
        database.watch(WATCH_INTERVAL);
        System.setProperty(URL_PROPERTY, database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
        System.setProperty("quarkus.datasource.password", database.password());
        LOG.infof("Embedded PostgreSQL for %s on port %d, data in %s", service, database.port(), dataDirectory);
        if (!isConfigured("mp.jwt.verify.publickey.location") && !isConfigured("mp.jwt.verify.publickey")) {
            Path publicKey = LocalSigningKey.ensure(dataRoot.resolve("keys"));
            System.setProperty("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
        }
    }

    /** The embedded database this JVM started, if it started one. */
    public static Optional<EmbeddedDatabase> embeddedDatabase() {
        return Optional.ofNullable(database);
    }

    private static boolean isConfigured(String property) {
        String env = property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
        return notBlank(System.getProperty(property)) || notBlank(System.getenv(env));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
