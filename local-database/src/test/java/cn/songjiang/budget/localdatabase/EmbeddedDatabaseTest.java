package cn.songjiang.budget.localdatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server of the local platform: its password, its stale-server stop, its restart when it dies. */
class EmbeddedDatabaseTest {

    @TempDir
    Path root;

    @Test
    void theServerRequiresTheGeneratedPasswordKeptBesideItsData() throws Exception {
        Path passwordFile = root.resolve("postgres-password");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(root.resolve("postgres"), passwordFile)) {
            assertEquals(database.password(), Files.readString(passwordFile).strip());
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(passwordFile));
            try (Connection connection = connect(database, database.password())) {
                assertTrue(connection.isValid(5));
            }
            SQLException withoutPassword = assertThrows(SQLException.class, () -> connect(database, null));
            SQLException wrongPassword = assertThrows(SQLException.class, () -> connect(database, "guess"));
            assertTrue(withoutPassword.getSQLState().startsWith("28") || withoutPassword.getSQLState().startsWith("08"),
                    withoutPassword.getSQLState());
            assertEquals("28P01", wrongPassword.getSQLState());
        }
        // The next start reads the same password and the server still requires it.
        try (EmbeddedDatabase again = EmbeddedDatabase.start(root.resolve("postgres"), passwordFile)) {
            assertEquals(Files.readString(passwordFile).strip(), again.password());
            try (Connection connection = connect(again, again.password())) {
                assertTrue(connection.isValid(5));
            }
        }
    }

    @Test
    void aLiveProcessThatIsNotThisDirectorysPostmasterIsNotSignalled() throws Exception {
        Path directory = Files.createDirectories(root.resolve("postgres"));
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(directory.resolve("postmaster.pid"), unrelated.pid() + "\n" + directory + "\n");

            EmbeddedDatabase.StaleServer.stop(directory);

            assertTrue(unrelated.isAlive());
            assertFalse(Files.exists(directory.resolve("postmaster.pid")));
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void onlyAPostmasterOfThisVeryDirectoryCounts() {
        Path directory = root.resolve("postgres");
        assertTrue(EmbeddedDatabase.StaleServer.isPostmasterOf(
                List.of("/tmp/pg/bin/postgres", "-D", directory.toString(), "-p", "5432"), directory));
        assertFalse(EmbeddedDatabase.StaleServer.isPostmasterOf(
                List.of("/tmp/pg/bin/postgres", "-D", root.resolve("other").toString()), directory));
        assertFalse(EmbeddedDatabase.StaleServer.isPostmasterOf(
                List.of("/usr/bin/not-postgres", "-D", directory.toString()), directory));
        assertFalse(EmbeddedDatabase.StaleServer.isPostmasterOf(List.of(), directory));
    }

    @Test
    void aStaleServerWithAClientInATransactionIsStoppedAtOnceByFastShutdown() throws Exception {
        Path directory = root.resolve("postgres");
        EmbeddedDatabase left = EmbeddedDatabase.start(directory, root.resolve("postgres-password"));
        long pid = left.postmasterPid().orElseThrow();
        try (Connection client = connect(left, left.password()); Statement statement = client.createStatement()) {
            client.setAutoCommit(false);
            statement.execute("CREATE TABLE held (id int)");

            long started = System.nanoTime();
            EmbeddedDatabase.StaleServer.stop(directory);
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
            assertTrue(tookMillis < 10_000, "stopping took " + tookMillis + " ms");
        }
        left.close(); // releases zonky's lock on the directory, as a killed JVM would have
        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(directory, root.resolve("postgres-password"));
                Connection connection = connect(restarted, restarted.password())) {
            assertTrue(connection.isValid(5));
        }
    }

    @Test
    void aKilledServerIsStartedAgainOnTheSamePortWithItsData() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(root.resolve("postgres"),
                root.resolve("postgres-password"))) {
            try (Connection connection = connect(database, database.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)");
            }
            database.watch(Duration.ofMillis(200));
            long killed = database.postmasterPid().orElseThrow();
            ProcessHandle.of(killed).orElseThrow().destroyForcibly();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (database.lastRestart().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(database.lastRestart().isPresent(), "not started again within 60 s");
            assertNotEquals(killed, database.postmasterPid().orElseThrow());
            assertTrue(database.recoverable());
            try (Connection connection = connect(database, database.password());
                    Statement statement = connection.createStatement()) {
                ResultSet rows = statement.executeQuery("SELECT id FROM kept");
                assertTrue(rows.next());
                assertEquals(7, rows.getInt(1));
            }
        }
    }

    @Test
    void aClosedServerIsNotStartedAgainByItsWatcher() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(root.resolve("postgres"), root.resolve("postgres-password"));
        database.watch(Duration.ofMillis(100));
        long pid = database.postmasterPid().orElseThrow();

        database.close();
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
        if (postmaster.isPresent()) {
            postmaster.get().onExit().get(30, TimeUnit.SECONDS);
        }
        Thread.sleep(1_000);

        assertTrue(database.postmasterPid().isEmpty(), "the watcher started the closed server again");
    }

    private static Connection connect(EmbeddedDatabase database, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedDatabase.USER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(database.jdbcUrl(), properties);
    }
}
