package cn.songjiang.budget.support.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives the tests of a service a real PostgreSQL and the test signing key. By default an embedded server
 * (zonky) on a random port with a throw-away data directory; set {@code TEST_DATABASE_URL} (and
 * {@code TEST_DATABASE_USER}, {@code TEST_DATABASE_PASSWORD}) to run the tests against any other server.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        String externalUrl = System.getenv("TEST_DATABASE_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            config.put("quarkus.datasource.jdbc.url", externalUrl);
            config.put("quarkus.datasource.username", System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres"));
            config.put("quarkus.datasource.password", System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""));
        } else {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", e);
            }
            config.put("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
            config.put("quarkus.datasource.username", "postgres");
            config.put("quarkus.datasource.password", "");
        }
        config.put("mp.jwt.verify.publickey.location", TestTokens.publicKeyLocation());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
