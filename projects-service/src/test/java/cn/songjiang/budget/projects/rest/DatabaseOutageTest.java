package cn.songjiang.budget.projects.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.support.testing.PostgresTestResource;
import cn.songjiang.budget.support.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The service's database is killed (SIGKILL of its postmaster) under the running service: API calls answer 503
 * problems with Retry-After, never 500; the embedded server is started again by its watcher and the service
 * answers 200 again by itself. Prints how long each step took (the figure in README).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DatabaseOutageTest {

    private static final String PROJECTS = "/api/v1/projects";

    @ConfigProperty(name = PostgresTestResource.DATA_DIRECTORY)
    Optional<String> dataDirectory;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;

    @Test
    void aKilledDatabaseAnswers503WithRetryAfterAndTheServiceRecoversWhenItIsBack() throws Exception {
        assertTrue(dataDirectory.isPresent(), "needs the embedded test database (not TEST_DATABASE_URL)");
        Path directory = Path.of(dataDirectory.get());
        String viewer = TestTokens.forRole("viewer");
        given().auth().oauth2(viewer).when().get(PROJECTS).then().statusCode(200);

        long killed = postmasterPid(directory).orElseThrow();
        ProcessHandle postmaster = ProcessHandle.of(killed).orElseThrow();
        long killedAt = System.nanoTime();
        postmaster.destroyForcibly();
        postmaster.onExit().get(10, TimeUnit.SECONDS);

        given().auth().oauth2(viewer).when().get(PROJECTS).then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:budget:problem:database-unavailable"))
                .body("detail", not(containsString("stored")));
        given().when().get("http://localhost:" + managementRoot.getPort() + "/q/health/live").then().statusCode(200);

        long deadline = killedAt + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && !acceptsConnections()) {
            Thread.sleep(50);
        }
        assertTrue(postmasterPid(directory).filter(pid -> pid != killed).isPresent(),
                "the database was not started again within 90 s");
        long backAt = System.nanoTime();
        int status = 0;
        int answers503 = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = given().auth().oauth2(viewer).when().get(PROJECTS).then().extract().statusCode();
            assertTrue(status == 200 || status == 503, "answered " + status + " while the database came back");
            answers503 += status == 503 ? 1 : 0;
            if (status != 200) {
                Thread.sleep(50);
            }
        }
        long firstOkAt = System.nanoTime();
        assertTrue(status == 200, "no 200 within 90 s of the kill");
        System.out.printf("DatabaseOutageTest: database back %d ms after the kill; first 200 %d ms after it was back "
                + "(%d answers 503 meanwhile)%n", TimeUnit.NANOSECONDS.toMillis(backAt - killedAt),
                TimeUnit.NANOSECONDS.toMillis(firstOkAt - backAt), answers503);
    }

    private boolean acceptsConnections() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", password)) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    private static Optional<Long> postmasterPid(Path directory) {
        try {
            Path pidFile = directory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
