package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.installmentId;
import static cn.songjiang.budget.payments.testing.Api.money;
import static cn.songjiang.budget.payments.testing.Api.pay;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static cn.songjiang.budget.payments.testing.Api.recordEvent;
import static cn.songjiang.budget.payments.testing.Api.today;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.payments.repository.ReadModelVersion;
import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import cn.songjiang.budget.support.web.ETags;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The due-payments list, its summary and the cash forecast carry an ETag; If-None-Match naming it is answered 304
 * from memory; any change committed by any connection (this instance or, simulated by plain JDBC, another one)
 * retires the kept answer within the notification delay; a change rolled back does not.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class ReadAnswersCacheTest {

    private static final String DUE_PAYMENTS = "/api/v1/due-payments";
    /** The documented bound within which another instance's commit reaches this one, with room for a slow CI. */
    private static final long BOUND_MILLIS = 5_000;
    private static final String STRONG_ETAG = "^\"[A-Za-z0-9_-]{22}\"$";
    private static final String PROJECT_NAME = "读缓存项目";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReadModelVersion version;

    private TestProject project;
    private long installment;

    @BeforeEach
    void onePayableInstallment() {
        await(version::listening);
        project = TestProject.withBudget("9000000.00").named(PROJECT_NAME).register();
        TestContract contract = TestContract.of(project, "100000.00").supplierSize("SMALL").register();
        installment = installmentId(planId("{\"contractId\":" + contract.id + ",\"template\":\"100\"}"), 1);
        recordEvent(installment, "FINAL_ACCEPTANCE", today().minusDays(10)).statusCode(201);
    }

    @Test
    void everyReadAnswerHasAStrongETagAndIsNotModifiedWhileItMatches() {
        for (String path : new String[] {DUE_PAYMENTS, DUE_PAYMENTS + "/summary", "/api/v1/cash-forecast"}) {
            String etag = as("finance").queryParam("projectId", project.id).when().get(path).then().statusCode(200)
                    .header("ETag", matchesPattern(STRONG_ETAG)).header("Cache-Control", "private, no-cache")
                    .extract().header("ETag");

            as("finance").queryParam("projectId", project.id).header("If-None-Match", etag).when().get(path)
                    .then().statusCode(304).header("ETag", etag).body(emptyString());
            as("finance").queryParam("projectId", project.id).header("If-None-Match", "\"other\"").when()
                    .get(path).then().statusCode(200).header("ETag", etag);
        }
    }

    @Test
    void anIfNoneMatchLongerThanDocumentedIsRefusedNamingTheHeader() {
        String tooLong = "\"" + "x".repeat(ETags.MAX_IF_NONE_MATCH) + "\"";
        for (String path : new String[] {DUE_PAYMENTS, DUE_PAYMENTS + "/summary", "/api/v1/cash-forecast"}) {
            as("finance").header("If-None-Match", tooLong).when().get(path).then().statusCode(400)
                    .contentType("application/problem+json").body(containsString("If-None-Match"));
        }
    }

    @Test
    void notModifiedIsAnsweredWithoutTheDatabase() throws SQLException {
        String etag = etag();
        // A change that neither notifies (triggers off for this session) nor passes through this instance: an
        // answer read from the database would show it, the kept one does not.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.execute("update installment set project_name = 'unseen' where id = " + installment);
            try {
                as("finance").queryParam("projectId", project.id).header("If-None-Match", etag).when()
                        .get(DUE_PAYMENTS).then().statusCode(304);
            } finally {
                statement.execute("update installment set project_name = '" + PROJECT_NAME + "' where id = "
                        + installment);
                statement.execute("set session_replication_role = origin");
            }
        }
    }

    @Test
    void aPaymentRecordedHereChangesTheAnswerAtOnce() {
        String etag = etag();

        pay(installment, UUID.randomUUID().toString(), "40000.00", today()).statusCode(201);

        as("finance").queryParam("projectId", project.id).header("If-None-Match", etag).when().get(DUE_PAYMENTS)
                .then().statusCode(200).body("totals.amountPaid", money("40000.00"))
                .body("totals.outstanding", money("60000.00"));
    }

    @Test
    void aChangeCommittedByAnotherInstanceRetiresTheAnswerWithinTheBound() throws SQLException {
        String etag = etag();

        renameProjectOfInstallment("改名的项目", true);

        long deadline = System.currentTimeMillis() + BOUND_MILLIS;
        ExtractableResponse<Response> answer;
        do {
            answer = as("finance").queryParam("projectId", project.id).header("If-None-Match", etag).when()
                    .get(DUE_PAYMENTS).then().extract();
        } while (answer.statusCode() == 304 && System.currentTimeMillis() < deadline);
        assertEquals(200, answer.statusCode());
        assertEquals("改名的项目", answer.jsonPath().getString("items[0].project.name"));
        assertNotEquals(etag, answer.header("ETag"));
    }

    @Test
    void aChangeRolledBackLeavesTheAnswerAndTheVersion() throws Exception {
        String etag = etag();
        long before = version.current();

        renameProjectOfInstallment("never committed", false);
        Thread.sleep(1_000);

        assertEquals(before, version.current());
        as("finance").queryParam("projectId", project.id).header("If-None-Match", etag).when().get(DUE_PAYMENTS)
                .then().statusCode(304);
        as("finance").queryParam("projectId", project.id).when().get(DUE_PAYMENTS).then().statusCode(200)
                .body("items[0].project.name", equalTo(PROJECT_NAME));
    }

    @Test
    void theListenerReconnectsAndAnswersAreRecomputedMeanwhile() throws SQLException {
        String etag = etag();
        long before = version.current();

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                    + ReadModelVersion.LISTENER_NAME + "'");
        }
        await(() -> version.current() > before && version.listening());

        renameProjectOfInstallment("after the reconnect", true);
        await(() -> !etag.equals(as("finance").queryParam("projectId", project.id).when().get(DUE_PAYMENTS)
                .then().extract().header("ETag")));
        as("finance").queryParam("projectId", project.id).when().get(DUE_PAYMENTS).then()
                .body("items[0].project.name", equalTo("after the reconnect"));
    }

    private String etag() {
        return as("finance").queryParam("projectId", project.id).when().get(DUE_PAYMENTS).then().statusCode(200)
                .extract().header("ETag");
    }

    private void renameProjectOfInstallment(String name, boolean commit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(
                    "update installment set project_name = ? where id = ?")) {
                statement.setString(1, name);
                statement.setLong(2, installment);
                assertEquals(1, statement.executeUpdate());
            }
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + BOUND_MILLIS;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "not within " + BOUND_MILLIS + " ms");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
