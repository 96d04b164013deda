package cn.songjiang.budget.localdatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * The databases of the local platform, one embedded PostgreSQL server per service, run by one process beside the
 * services (the services themselves carry no PostgreSQL):
 * {@code java -jar local-database/target/local-database.jar <data folder> <service>...}.
 * A service's server keeps its data in {@code <data folder>/<service>/postgres} and its generated password in
 * {@code <data folder>/<service>/postgres-password}; once it accepts connections, its JDBC URL is written to
 * {@code <data folder>/<service>/postgres-url}, which {@code ./platform} and the system tests wait for and give the
 * service as {@code QUARKUS_DATASOURCE_JDBC_URL}. Every server is watched and started again on the same port when
 * it dies; when one has not come back within {@link EmbeddedDatabase#GIVE_UP_AFTER} the process ends with status 1.
 * SIGTERM stops them all (fast shutdown).
 */
public final class LocalDatabases {

    /** Beside the data directory: the server's JDBC URL, present while it runs. */
    public static final String URL_FILE = "postgres-url";
    static {
        // One line per record (java.util.logging's default takes two), set before the first logger exists.
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL %4$s [%3$s] %5$s%6$s%n");
    }

    private static final Logger LOG = Logger.getLogger(LocalDatabases.class.getName());
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);

    private LocalDatabases() {
    }

    public static void main(String... args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: java -jar local-database.jar <data folder> <service>...");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        List<String> services = List.of(args).subList(1, args.length);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> services.forEach(service ->
                deleteQuietly(root.resolve(service).resolve(URL_FILE))), "local-database-urls"));
        List<EmbeddedDatabase> databases;
        try {
            databases = start(root, services);
        } catch (RuntimeException e) {
            LOG.errorf("The local databases could not be started: %s", e);
            System.exit(1);
            return;
        }
        while (true) {
            Thread.sleep(WATCH_INTERVAL.toMillis());
            for (EmbeddedDatabase database : databases) {
                if (!database.recoverable()) {
                    LOG.errorf("The embedded PostgreSQL in %s has not come back within %d s; giving up",
                            database.dataDirectory(), EmbeddedDatabase.GIVE_UP_AFTER.toSeconds());
                    System.exit(1);
                }
            }
        }
    }

    /**
     * Starts (at the same time) and watches the server of each service under {@code root}, writing each one's URL
     * file as soon as it accepts connections. The servers stop when the JVM exits.
     */
    public static List<EmbeddedDatabase> start(Path root, List<String> services) {
        // A thread per server: the common pool has a single thread on a 2-core machine.
        ExecutorService threads = Executors.newFixedThreadPool(services.size());
        List<CompletableFuture<EmbeddedDatabase>> starting = new ArrayList<>();
        for (String service : services) {
            Path folder = root.resolve(service);
            deleteQuietly(folder.resolve(URL_FILE));
            starting.add(CompletableFuture.supplyAsync(() -> {
                try {
                    EmbeddedDatabase database = EmbeddedDatabase.start(folder.resolve("postgres"),
                            folder.resolve("postgres-password"));
                    database.watch(WATCH_INTERVAL);
                    writeAtomically(folder.resolve(URL_FILE), database.jdbcUrl() + "\n");
                    LOG.infof("PostgreSQL of %s on port %d, data in %s", service, database.port(),
                            database.dataDirectory());
                    return database;
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot start the embedded PostgreSQL of " + service, e);
                }
            }, threads));
        }
        try {
            return starting.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            threads.shutdown();
        }
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path staging = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        Files.writeString(staging, content, StandardCharsets.US_ASCII);
        Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Cannot delete %s: %s", file, e);
        }
    }
}
