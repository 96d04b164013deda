package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.createPlan;
import static cn.songjiang.budget.payments.testing.Api.installmentId;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import cn.songjiang.budget.support.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests (issue 11, classes 1–7, 9 and 10) answered with a 4xx problem naming the field, before anything is
 * stored: the row counts of every payments table are the same after each of them.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";
    private static final List<String> TABLES = List.of("payment_plan", "installment", "installment_event", "payment",
            "plan_amendment");

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/v1/payment-plans")
    URL plans;

    private long contractId() {
        TestProject project = TestProject.withBudget("2000000.00").register();
        return TestContract.of(project, "1000000.00").register().id;
    }

    private long installment() {
        long contract = contractId();
        return installmentId(planId("{\"contractId\":" + contract + ",\"template\":\"30/40/30\"}"), 1);
    }

    /** The answer must be a 400 problem naming {@code field}, and no table may have gained or lost a row. */
    private void refusedWithoutStoring(String field, Request request) throws SQLException {
        List<Long> before = rowCounts();
        request.send().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("type", equalTo("urn:budget:problem:validation"))
                .body("violations[0].field", equalTo(field));
        assertEquals(before, rowCounts(), "rows of " + TABLES);
    }

    interface Request {
        ValidatableResponse send();
    }

    private List<Long> rowCounts() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<Long> counts = new java.util.ArrayList<>();
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.add(rows.getLong(1));
                }
            }
            return counts;
        }
    }

    @Test
    void aRepeatedKeyIsRefusedWhereverItStands() throws SQLException {
        long contract = contractId();
        refusedWithoutStoring("contractId", () -> createPlan(
                "{\"contractId\":" + contract + ",\"contractId\":" + contract + ",\"template\":\"100\"}"));
        refusedWithoutStoring("template", () -> createPlan(
                "{\"contractId\":" + contract + ",\"template\":\"100\",\"template\":\"30/40/30\"}"));
        refusedWithoutStoring("installments[1].trigger", () -> createPlan("{\"contractId\":" + contract
                + ",\"installments\":[{\"percent\":50,\"trigger\":\"CONTRACT_SIGNED\"},"
                + "{\"percent\":50,\"trigger\":\"FINAL_ACCEPTANCE\",\"trigger\":\"CONTRACT_SIGNED\"}]}"));
        refusedWithoutStoring("reason", () -> as("finance").body("{\"reason\":\"a\",\"reason\":\"b\"}")
                .when().post("/api/v1/payments/999999/reversal").then());
    }

    @Test
    void textAfterTheJsonValueIsRefused() throws SQLException {
        long contract = contractId();
        String plan = "{\"contractId\":" + contract + ",\"template\":\"100\"}";
        refusedWithoutStoring("body", () -> createPlan(plan + " trailing"));
        refusedWithoutStoring("body", () -> createPlan(plan + plan));
    }

    @Test
    void numbersSentAsTextAreRefused() throws SQLException {
        long contract = contractId();
        refusedWithoutStoring("contractId", () -> createPlan("{\"contractId\":\"" + contract + "\",\"template\":\"100\"}"));
        refusedWithoutStoring("installments[0].percent", () -> createPlan("{\"contractId\":" + contract
                + ",\"installments\":[{\"percent\":\"100\",\"trigger\":\"CONTRACT_SIGNED\"}]}"));
    }

    @Test
    void controlCharactersAreRefusedInBodiesParametersAndPaths() throws SQLException {
        long contract = contractId();
        refusedWithoutStoring("installments[0].clauseText", () -> createPlan("{\"contractId\":" + contract
                + ",\"installments\":[{\"percent\":100,\"trigger\":\"CONTRACT_SIGNED\",\"clauseText\":\"a\\u0000b\"}]}"));
        refusedWithoutStoring("status", () -> as("viewer").urlEncodingEnabled(false)
                .when().get("/api/v1/due-payments?status=a%00b").then());
        refusedWithoutStoring("id", () -> as("viewer").urlEncodingEnabled(false)
                .when().get("/api/v1/payment-plans/1%00").then());
        createPlan("{\"contractId\":" + contract + ",\"installments\":[{\"percent\":100,\"trigger\":\"CONTRACT_SIGNED\","
                + "\"clauseText\":\"第一行\\r\\n第二行\\t完\"}]}")
                .statusCode(201).body("installments[0].clauseText", equalTo("第一行\r\n第二行\t完"));
    }

    @Test
    void datesOutsideTheBusinessRangeAreRefusedInBodiesAndParameters() throws SQLException {
        long installment = installment();
        for (String date : List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "9999-12-31")) {
            refusedWithoutStoring("date", () -> as("pm")
                    .body("{\"trigger\":\"CONTRACT_SIGNED\",\"date\":\"" + date + "\",\"evidenceRef\":\"合同\"}")
                    .when().post("/api/v1/installments/" + installment + "/events").then());
            refusedWithoutStoring("asOf", () -> as("viewer").queryParam("asOf", date)
                    .when().get("/api/v1/cash-forecast").then());
        }
        refusedWithoutStoring("from", () -> as("viewer").queryParam("from", "2101-01")
                .when().get("/api/v1/cash-forecast").then());
    }

    @Test
    void aHundredThousandElementListIsRefusedFastWithOneViolation() throws SQLException {
        long contract = contractId();
        String body = "{\"contractId\":" + contract + ",\"installments\":[" + "{},".repeat(99_999) + "{}]}";
        createPlan("{\"contractId\":" + contract + ",\"installments\":[{},{}]}").statusCode(400);
        List<Long> before = rowCounts();
        createPlan(body).statusCode(400).contentType(PROBLEM)
                .time(lessThan(2L), TimeUnit.SECONDS)
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("installments"))
                .body("violations[0].reason", equalTo("must have at most 120 elements"));
        assertEquals(before, rowCounts());
    }

    @Test
    void aProblemListsAtMostTwentyViolationsAndSaysHowManyThereWere() throws SQLException {
        long contract = contractId();
        String installments = "{\"percent\":0,\"amount\":-1,\"serviceMonths\":0},".repeat(119)
                + "{\"percent\":0,\"amount\":-1,\"serviceMonths\":0}";
        List<Long> before = rowCounts();
        createPlan("{\"contractId\":" + contract + ",\"installments\":[" + installments + "]}")
                .statusCode(400).contentType(PROBLEM)
                .body("violations.size()", lessThanOrEqualTo(20))
                .body("detail", startsWith("480 invalid fields, the first 20 listed: "));
        assertEquals(before, rowCounts());
    }

    @Test
    void anEmptyParameterValueIsRefusedNotReadAsAbsent() throws SQLException {
        refusedWithoutStoring("from", () -> as("viewer").when().get("/api/v1/cash-forecast?from=").then());
        refusedWithoutStoring("asOf", () -> as("viewer").when().get("/api/v1/due-payments?asOf=").then());
        as("viewer").when().get("/api/v1/cash-forecast").then().statusCode(200);
    }

    @Test
    void aBodyOverTheLimitIsAProblemWhetherItsLengthIsDeclaredOrNot() throws Exception {
        byte[] huge = ("{\"template\":\"100\"" + " ".repeat(3 * 1024 * 1024) + "}").getBytes(StandardCharsets.UTF_8);
        List<Long> before = rowCounts();
        given().auth().oauth2(TestTokens.forRole("pm")).contentType(ContentType.JSON).body(huge)
                .when().post("/api/v1/payment-plans")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413))
                .body("type", equalTo("urn:budget:problem:payload-too-large"));
        // Without Content-Length: the body is chunked and refused while it is read.
        HttpResponse<String> chunked = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(plans.toURI())
                        .header("Authorization", "Bearer " + TestTokens.forRole("pm"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode());
        assertEquals(PROBLEM, chunked.headers().firstValue("Content-Type").orElse(""));
        assertTrue(chunked.body().contains("\"type\":\"urn:budget:problem:payload-too-large\""), chunked.body());
        assertEquals(before, rowCounts());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (ValidatableResponse answer : List.of(
                as("viewer").when().get("/api/v1/payment-plans").then().statusCode(200),
                given().when().get("/api/v1/payment-plans").then().statusCode(401),
                as("viewer").when().get("/api/v1/payment-plans/999999").then().statusCode(404),
                given().when().get("/q/swagger-ui/").then().statusCode(200)
                        .contentType(containsString("text/html")))) {
            answer.header("Cache-Control", "no-store")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", "frame-ancestors 'none'")
                    .header("Referrer-Policy", "no-referrer");
        }
    }
}
