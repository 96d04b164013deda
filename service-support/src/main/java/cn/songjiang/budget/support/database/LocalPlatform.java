package cn.songjiang.budget.support.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The embedded default: when no database URL is configured, a service runs its own real PostgreSQL with its
 * data under {@code data/<service>/postgres} and verifies tokens with the local signing key. Called from each
 * service's main method before Quarkus starts, because the datasource and Flyway start before any observer
 * could run. Production configures {@code QUARKUS_DATASOURCE_JDBC_URL} and nothing here happens.
 */
public final class LocalPlatform {

    private static final Logger LOG = Logger.getLogger(LocalPlatform.class);
    private static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final AtomicBoolean STARTED = new AtomicBoolean();

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
            Files.createDirectories(dataDirectory);
            stopStaleServer(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // zonky turns this off for throw-away test databases; recorded payments must survive a crash.
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            System.setProperty(URL_PROPERTY, postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("quarkus.datasource.username", "postgres");
            System.setProperty("quarkus.datasource.password", "");
            LOG.infof("Embedded PostgreSQL for %s on port %d, data in %s", service, postgres.getPort(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
        if (!isConfigured("mp.jwt.verify.publickey.location") && !isConfigured("mp.jwt.verify.publickey")) {
            Path publicKey = LocalSigningKey.ensure(dataRoot.resolve("keys"));
            System.setProperty("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its postmaster running and holding postmaster.pid; the next start would
     * fail, so that server is stopped first (only when the pid really is a postgres process).
     */
    static void stopStaleServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> stale = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
        stale.filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(process -> {
                    LOG.warnf("Stopping stale PostgreSQL (pid %d) left in %s", process.pid(), dataDirectory);
                    process.destroy();
                    try {
                        process.onExit().get(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        process.destroyForcibly();
                    }
                });
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isConfigured(String property) {
        String env = property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
        return notBlank(System.getProperty(property)) || notBlank(System.getenv(env));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
