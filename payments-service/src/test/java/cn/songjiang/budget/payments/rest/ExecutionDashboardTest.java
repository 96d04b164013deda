package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.installmentId;
import static cn.songjiang.budget.payments.testing.Api.pay;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static cn.songjiang.budget.payments.testing.Api.recordEvent;
import static cn.songjiang.budget.payments.testing.Api.today;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.songjiang.budget.payments.testing.Json;
import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.Stubs;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 双监控: each test uses its own fiscal year so that the projects of other tests do not count. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class ExecutionDashboardTest {

    private static final String DASHBOARD = "/api/v1/dashboards/execution";

    /** A project of the year with a contract of {@code contracted}, of which {@code paid} is paid. */
    private static TestProject project(int year, String budget, String target, String contracted, String paid) {
        TestProject project = TestProject.withBudget(budget).fiscalYear(year).targetCompletion(target).register();
        TestContract contract = TestContract.of(project, contracted).register();
        long installment = installmentId(planId("{\"contractId\":" + contract.id + ",\"template\":\"100\"}"), 1);
        if (new BigDecimal(paid).signum() > 0) {
            recordEvent(installment, "FINAL_ACCEPTANCE", today().minusDays(3)).statusCode(201);
            pay(installment, UUID.randomUUID().toString(), paid, today()).statusCode(201);
        }
        return project;
    }

    @Test
    void executionBesideTargetCompletionWithLaggingAndLeadingProjectsFlagged() {
        int year = 2031;
        TestProject lagging = project(year, "1000000.00", "0.8000", "900000.00", "300000.00");
        TestProject onTrack = project(year, "1000000.00", "0.5000", "1000000.00", "550000.00");
        TestProject leading = project(year, "2000000.00", "0.2000", "2000000.00", "1000000.00");
        TestProject noTarget = project(year, "500000.00", null, "500000.00", "0.00");

        JsonNode dashboard = Json.read(as("viewer").queryParam("fiscalYear", year).when().get(DASHBOARD)
                .then().statusCode(200).extract().asString());

        JsonNode first = row(dashboard, lagging.id);
        assertEquals(new BigDecimal("1000000.00"), first.get("budget").decimalValue());
        assertEquals(new BigDecimal("900000.00"), first.get("contracted").decimalValue());
        assertEquals(new BigDecimal("900000.00"), first.get("scheduled").decimalValue());
        assertEquals(new BigDecimal("300000.00"), first.get("paid").decimalValue());
        assertEquals(new BigDecimal("0.3000"), first.get("executionRate").decimalValue());
        assertEquals(new BigDecimal("-0.5000"), first.get("deviation").decimalValue());
        assertEquals("LAGGING", first.get("flag").asText());
        assertEquals("ON_TRACK", row(dashboard, onTrack.id).get("flag").asText());
        assertEquals("LEADING", row(dashboard, leading.id).get("flag").asText());
        assertEquals("NO_TARGET", row(dashboard, noTarget.id).get("flag").asText());

        JsonNode total = dashboard.get("total");
        assertEquals(new BigDecimal("4500000.00"), total.get("budget").decimalValue());
        assertEquals(new BigDecimal("1850000.00"), total.get("paid").decimalValue());
        assertEquals(new BigDecimal("0.4111"), total.get("executionRate").decimalValue());
        assertEquals(1, total.get("lagging").asInt());
        assertEquals(1, total.get("leading").asInt());
        // Budget-weighted: (0.8 × 1,000,000 + 0.5 × 1,000,000 + 0.2 × 2,000,000) ÷ 4,000,000
        assertEquals(new BigDecimal("0.4250"), total.get("targetCompletion").decimalValue());
    }

    @Test
    void aProjectWithoutPlansShowsNothingSpent() {
        int year = 2032;
        TestProject idle = TestProject.withBudget("100000.00").fiscalYear(year).targetCompletion("0.0500").register();

        JsonNode dashboard = Json.read(as("viewer").queryParam("fiscalYear", year).when().get(DASHBOARD)
                .then().statusCode(200).extract().asString());

        JsonNode row = row(dashboard, idle.id);
        assertEquals(new BigDecimal("0.00"), row.get("paid").decimalValue());
        assertEquals(new BigDecimal("0.0000"), row.get("executionRate").decimalValue());
        assertEquals("ON_TRACK", row.get("flag").asText());
    }

    @Test
    void withoutProjectsServiceTheDashboardIsUnavailableWithRetryAfterAndNoWordAboutStoring() {
        Stubs.down(Stubs.PROJECTS);
        try {
            as("viewer").queryParam("fiscalYear", 2026).when().get(DASHBOARD).then().statusCode(503)
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .body("type", equalTo("urn:budget:problem:dependency-unavailable"))
                    .body("detail", not(containsString("stored")));
        } finally {
            Stubs.up(Stubs.PROJECTS);
        }
    }

    @Test
    void fiscalYearIsRequired() {
        as("viewer").when().get(DASHBOARD).then().statusCode(400).body("violations[0].field", equalTo("fiscalYear"));
    }

    private static JsonNode row(JsonNode dashboard, long projectId) {
        for (JsonNode row : dashboard.get("projects")) {
            if (row.get("projectId").asLong() == projectId) {
                return row;
            }
        }
        throw new AssertionError("project " + projectId + " missing from " + dashboard);
    }
}
