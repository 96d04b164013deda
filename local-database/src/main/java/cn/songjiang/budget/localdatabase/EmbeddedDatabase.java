package cn.songjiang.budget.localdatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server kept in one data directory: it requires the password it generated (kept beside the data
 * directory, never committed), and once watched it is started again on the same port when its server dies, so a
 * service on it recovers by itself. Used by {@link LocalDatabases} for the local platform and by the services' tests;
 * never part of a packaged service.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    /** After this long dead and not restarted the server cannot recover by itself: LocalDatabases gives up. */
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String HBA = """
            # Written by the budget platform (EmbeddedDatabase): every connection needs the password.
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private final Path dataDirectory;
    private final String password;
    private final int port;
    private volatile EmbeddedPostgres server;
    private volatile Instant deadSince;
    private volatile Instant lastRestart;
    private ScheduledExecutorService watcher;
    private boolean closed;

    private EmbeddedDatabase(Path dataDirectory, String password, EmbeddedPostgres server) {
        this.dataDirectory = dataDirectory;
        this.password = password;
        this.server = server;
        this.port = server.getPort();
    }

    /** Starts the server of {@code dataDirectory} (creating it when new), stopping a stale one left there first. */
    public static EmbeddedDatabase start(Path dataDirectory, Path passwordFile) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory);
        String password = passwordIn(passwordFile);
        EmbeddedDatabase database = new EmbeddedDatabase(directory, password, startServer(directory, password, 0));
        // One hook that stops the watcher before the server: with zonky's own hook, the watcher could start the
        // server again while the JVM exits and leave it running.
        Runtime.getRuntime().addShutdownHook(new Thread(database::closeQuietly, "embedded-postgres-stop"));
        return database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The pid of the running postmaster, if one runs. */
    public Optional<Long> postmasterPid() {
        return StaleServer.pidIn(dataDirectory).filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive)
                .orElse(false));
    }

    /** When the server was last started again after it died. */
    public Optional<Instant> lastRestart() {
        return Optional.ofNullable(lastRestart);
    }

    /** False once the server has been dead for {@link #GIVE_UP_AFTER} and could not be started again. */
    public boolean recoverable() {
        Instant dead = deadSince;
        return dead == null || Instant.now().isBefore(dead.plus(GIVE_UP_AFTER));
    }

    /** Checks every {@code interval} that the server runs, and starts it again (same port, same data) when not. */
    public synchronized void watch(Duration interval) {
        if (watcher != null) {
            return;
        }
        watcher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-watch");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(this::restartIfDead, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    synchronized void restartIfDead() {
        if (closed || postmasterPid().isPresent()) {
            return;
        }
        if (deadSince == null) {
            deadSince = Instant.now();
            LOG.warnf("The embedded PostgreSQL in %s is not running; starting it again on port %d", dataDirectory,
                    port);
        }
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Closing the dead server: %s", e);
        }
        try {
            long started = System.nanoTime();
            server = startServer(dataDirectory, password, port);
            lastRestart = Instant.now();
            LOG.warnf("The embedded PostgreSQL in %s runs again (%d ms after it was found dead, start took %d ms)",
                    dataDirectory, Duration.between(deadSince, lastRestart).toMillis(),
                    (System.nanoTime() - started) / 1_000_000);
            deadSince = null;
        } catch (IOException | RuntimeException e) {
            LOG.errorf("The embedded PostgreSQL in %s could not be started again: %s", dataDirectory, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (watcher != null) {
            watcher.shutdownNow();
        }
        server.close();
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Stopping the embedded PostgreSQL in %s: %s", dataDirectory, e);
        }
    }

    private static EmbeddedPostgres startServer(Path directory, String password, int port) throws IOException {
        StaleServer.stop(directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // zonky turns this off for throw-away test databases; recorded payments must survive a crash.
                .setServerConfig("synchronous_commit", "on")
                // Only this server's own clients: no TCP from other hosts.
                .setServerConfig("listen_addresses", "localhost")
                .setConnectConfig("password", password)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60));
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres started = builder.start();
        requirePassword(started, directory, password);
        return started;
    }

    /**
     * initdb trusts every local connection; from the first start on, the superuser has the generated password and
     * pg_hba.conf requires it for every connection.
     */
    private static void requirePassword(EmbeddedPostgres server, Path directory, String password) throws IOException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            Path hba = directory.resolve("pg_hba.conf");
            if (!Files.exists(hba) || !Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
                Files.writeString(hba, HBA, StandardCharsets.UTF_8);
                statement.execute("SELECT pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IOException("Cannot set the password of the embedded PostgreSQL in " + directory, e);
        }
    }

    /** The password kept in {@code file}, made (random, readable by the owner only) on first use. */
    private static String passwordIn(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path staging = Files.createTempFile(file.toAbsolutePath().getParent(), ".password", ".tmp");
        try {
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own permissions protect it.
        }
        Files.writeString(staging, password + "\n", StandardCharsets.US_ASCII);
        Files.move(staging, file);
        return password;
    }

    /**
     * The server a killed JVM left running in a data directory. It is stopped only when the process holding
     * postmaster.pid really is the postmaster of this directory (a pid may have been reused by anything, another
     * cluster's server included), with PostgreSQL's fast shutdown: clients are disconnected at once, no crash
     * recovery is needed on the next start.
     */
    static final class StaleServer {

        private static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(30);

        private StaleServer() {
        }

        static void stop(Path dataDirectory) throws IOException {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            Optional<ProcessHandle> stale = pidIn(dataDirectory).flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive);
            if (stale.isPresent() && isPostmasterOf(commandLine(stale.get()), dataDirectory)) {
                ProcessHandle process = stale.get();
                LOG.warnf("Stopping the stale PostgreSQL (pid %d) left in %s (fast shutdown)", process.pid(),
                        dataDirectory);
                if (!signal(process, "INT", FAST_SHUTDOWN_WAIT) && !signal(process, "QUIT", Duration.ofSeconds(5))) {
                    process.destroyForcibly();
                }
            } else if (stale.isPresent()) {
                LOG.warnf("postmaster.pid in %s names pid %d, which is not this directory's postmaster; not signalled",
                        dataDirectory, stale.get().pid());
            }
            Files.deleteIfExists(pidFile);
        }

        static Optional<Long> pidIn(Path dataDirectory) {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            try {
                List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8)
                        : List.of();
                return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** {@code .../postgres -D <this directory> ...}: how pg_ctl starts a postmaster. */
        static boolean isPostmasterOf(List<String> commandLine, Path dataDirectory) {
            if (commandLine.isEmpty() || !Path.of(commandLine.get(0)).getFileName().toString().equals("postgres")) {
                return false;
            }
            for (int i = 1; i < commandLine.size() - 1; i++) {
                if (commandLine.get(i).equals("-D") && sameDirectory(Path.of(commandLine.get(i + 1)), dataDirectory)) {
                    return true;
                }
            }
            return false;
        }

        static List<String> commandLine(ProcessHandle process) {
            Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
            try {
                if (Files.isReadable(proc)) {
                    String raw = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
                    return Arrays.stream(raw.split("\0")).filter(part -> !part.isEmpty()).toList();
                }
            } catch (IOException e) {
                // The process ended meanwhile, or is not ours to read: no command line to check.
                return List.of();
            }
            List<String> line = new ArrayList<>();
            process.info().command().ifPresent(line::add);
            process.info().arguments().ifPresent(arguments -> line.addAll(Arrays.asList(arguments)));
            return line;
        }

        private static boolean sameDirectory(Path a, Path b) {
            try {
                return a.toRealPath().equals(b.toRealPath());
            } catch (IOException e) {
                return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
            }
        }

        /** Sends the signal and waits for the process to end; true when it did. */
        private static boolean signal(ProcessHandle process, String signal, Duration wait) {
            try {
                Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                kill.waitFor(5, TimeUnit.SECONDS);
                process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                return !process.isAlive();
            }
        }
    }
}
