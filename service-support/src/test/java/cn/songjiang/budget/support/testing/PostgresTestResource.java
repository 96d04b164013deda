package cn.songjiang.budget.support.testing;

import cn.songjiang.budget.localdatabase.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Gives the tests of a service a real PostgreSQL and the test signing key. By default the same embedded server the
 * local platform runs (EmbeddedDatabase: password required, started again when it dies) on a random port with a
 * throw-away data directory under {@code target/test-postgres/}, named by {@value #DATA_DIRECTORY} for the fault
 * tests; set {@code TEST_DATABASE_URL} (and {@code TEST_DATABASE_USER}, {@code TEST_DATABASE_PASSWORD}) to run the
 * tests against any other server.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** Configuration key: the data directory of the embedded test server (absent with TEST_DATABASE_URL). */
    public static final String DATA_DIRECTORY = "budget.test.database-directory";

    private EmbeddedDatabase database;
    private Path root;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        String externalUrl = System.getenv("TEST_DATABASE_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            config.put("quarkus.datasource.jdbc.url", externalUrl);
            config.put("quarkus.datasource.username", System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres"));
            config.put("quarkus.datasource.password", System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""));
        } else {
            root = Path.of("target", "test-postgres", UUID.randomUUID().toString()).toAbsolutePath();
            try {
                database = EmbeddedDatabase.start(root.resolve("postgres"), root.resolve("postgres-password"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", e);
            }
            database.watch(Duration.ofSeconds(1));
            config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
            config.put("quarkus.datasource.username", EmbeddedDatabase.USER);
            config.put("quarkus.datasource.password", database.password());
            config.put(DATA_DIRECTORY, database.dataDirectory().toString());
        }
        config.put("mp.jwt.verify.publickey.location", TestTokens.publicKeyLocation());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        if (database == null) {
            return;
        }
        try {
            database.close();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
