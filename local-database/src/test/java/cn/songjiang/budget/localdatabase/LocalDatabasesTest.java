package cn.songjiang.budget.localdatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ./platform and the system tests rely on: one server per service, its URL written once it accepts clients. */
class LocalDatabasesTest {

    @TempDir
    Path root;

    @Test
    void eachServiceGetsItsOwnServerWhoseUrlIsWrittenBesideItsData() throws Exception {
        List<EmbeddedDatabase> databases = LocalDatabases.start(root, List.of("a-service", "b-service"));
        try {
            String urlOfA = Files.readString(root.resolve("a-service").resolve(LocalDatabases.URL_FILE),
                    StandardCharsets.US_ASCII).strip();
            String urlOfB = Files.readString(root.resolve("b-service").resolve(LocalDatabases.URL_FILE),
                    StandardCharsets.US_ASCII).strip();
            assertNotEquals(urlOfA, urlOfB);
            assertEquals(root.resolve("a-service/postgres"), databases.get(0).dataDirectory());
            String passwordOfA = Files.readString(root.resolve("a-service/postgres-password")).strip();
            String passwordOfB = Files.readString(root.resolve("b-service/postgres-password")).strip();
            try (Connection a = DriverManager.getConnection(urlOfA, EmbeddedDatabase.USER, passwordOfA);
                    Statement statement = a.createStatement()) {
                statement.execute("CREATE TABLE owned_by_a (id int)");
            }
            try (Connection b = DriverManager.getConnection(urlOfB, EmbeddedDatabase.USER, passwordOfB);
                    Statement statement = b.createStatement();
                    ResultSet tables = statement.executeQuery(
                            "SELECT count(*) FROM pg_tables WHERE tablename = 'owned_by_a'")) {
                assertTrue(tables.next());
                assertEquals(0, tables.getInt(1), "b-service's server holds a-service's table");
            }
            assertThrows(SQLException.class, () -> DriverManager.getConnection(urlOfB, EmbeddedDatabase.USER,
                    passwordOfA).close());
        } finally {
            for (EmbeddedDatabase database : databases) {
                database.close();
            }
        }
    }
}
