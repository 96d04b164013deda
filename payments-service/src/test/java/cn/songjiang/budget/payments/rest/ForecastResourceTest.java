package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.installmentId;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static cn.songjiang.budget.payments.testing.Api.recordEvent;
import static cn.songjiang.budget.payments.testing.Api.today;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.songjiang.budget.payments.testing.Json;
import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class ForecastResourceTest {

    private static final int SME_TERM = 30;
    private static final int FINAL_ACCEPTANCE_LAG = 30;

    @Test
    void scheduledOutflowByMonthWithExpectedDatesForTriggersNotYetMet() {
        TestProject project = TestProject.withBudget("9000000.00").register();
        LocalDate today = today();
        LocalDate signed = today.minusDays(10);
        LocalDate periodEnd = signed.plusYears(1).minusDays(1);
        // 30/40/30 on 1,000,000.00: signing is known, the stage acceptance is assumed mid-period, the final one
        // a lag after the period (beyond a twelve-month range).
        TestContract main = TestContract.of(project, "1000000.00").signed(signed).period(signed, periodEnd).register();
        planId("{\"contractId\":" + main.id + ",\"template\":\"30/40/30\"}");
        // 100,000.00 accepted 45 days ago: overdue, expected now.
        TestContract late = TestContract.of(project, "100000.00").register();
        recordEvent(installmentId(planId("{\"contractId\":" + late.id + ",\"template\":\"100\"}"), 1),
                "FINAL_ACCEPTANCE", today.minusDays(45)).statusCode(201);
        // 50,000.00 on a final acceptance of a contract without a service period: no date can be guessed.
        TestContract open = TestContract.of(project, "50000.00").register();
        planId("{\"contractId\":" + open.id + ",\"template\":\"100\"}");

        JsonNode forecast = Json.read(as("finance").queryParam("projectId", project.id).when()
                .get("/api/v1/cash-forecast").then().statusCode(200).extract().asString());

        YearMonth thisMonth = YearMonth.from(today);
        assertEquals(thisMonth.toString(), forecast.get("from").asText());
        assertEquals(thisMonth.plusMonths(11).toString(), forecast.get("to").asText());
        assertEquals(12, forecast.get("months").size());
        assertEquals(new BigDecimal("100000.00"), forecast.get("overdue").decimalValue());
        assertEquals(new BigDecimal("300000.00"), forecast.get("later").decimalValue());
        assertEquals(new BigDecimal("50000.00"), forecast.get("unscheduled").decimalValue());
        assertEquals(new BigDecimal("1150000.00"), forecast.get("total").decimalValue());

        BigDecimal dueNowOrSoon = month(forecast, thisMonth).get("due").decimalValue();
        YearMonth firstShare = YearMonth.from(signed.plusDays(SME_TERM));
        BigDecimal expectedNow = firstShare.equals(thisMonth) ? new BigDecimal("400000.00")
                : new BigDecimal("100000.00");
        assertEquals(expectedNow, dueNowOrSoon);
        assertEquals(new BigDecimal("300000.00").add(firstShare.equals(thisMonth) ? new BigDecimal("100000.00")
                : BigDecimal.ZERO), month(forecast, firstShare).get("due").decimalValue());

        LocalDate stageAssumed = signed.plusDays(ChronoUnit.DAYS.between(signed, periodEnd) / 2);
        YearMonth stageMonth = YearMonth.from(stageAssumed.plusDays(SME_TERM));
        assertEquals(new BigDecimal("400000.00"), month(forecast, stageMonth).get("expected").decimalValue());
        assertEquals(true, YearMonth.from(periodEnd.plusDays(FINAL_ACCEPTANCE_LAG + SME_TERM))
                .isAfter(thisMonth.plusMonths(11)));
    }

    @Test
    void rangeIsChosenAndChecked() {
        as("finance").queryParam("from", "2026-01").queryParam("months", 6).when().get("/api/v1/cash-forecast")
                .then().statusCode(200).body("to", equalTo("2026-06")).body("months", hasSize(6));
        as("finance").queryParam("months", 61).when().get("/api/v1/cash-forecast").then().statusCode(400)
                .body("violations[0].field", equalTo("months"));
        as("finance").queryParam("from", "December").when().get("/api/v1/cash-forecast").then().statusCode(400);
        as("finance").queryParam("from", "2026-13").when().get("/api/v1/cash-forecast").then().statusCode(400);
    }

    private static JsonNode month(JsonNode forecast, YearMonth month) {
        for (JsonNode node : forecast.get("months")) {
            if (node.get("month").asText().equals(month.toString())) {
                return node;
            }
        }
        throw new AssertionError("no month " + month + " in " + forecast);
    }
}
