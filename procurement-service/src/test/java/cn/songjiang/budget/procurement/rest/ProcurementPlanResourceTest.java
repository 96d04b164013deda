package cn.songjiang.budget.procurement.rest;

import static cn.songjiang.budget.procurement.testing.Api.PROBLEM_JSON;
import static cn.songjiang.budget.procurement.testing.Fixtures.plan;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.songjiang.budget.procurement.testing.Api;
import cn.songjiang.budget.procurement.testing.Fixtures.Department;
import cn.songjiang.budget.procurement.testing.Fixtures;
import cn.songjiang.budget.procurement.testing.ProjectsDouble;
import cn.songjiang.budget.procurement.testing.StubControl;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProjectsDouble.class)
class ProcurementPlanResourceTest {

    static final String PLANS = "/api/v1/procurement-plans";
    static final String LARGE_PROJECT = "50000000.00";

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Test
    void createsADraftPlanWithLocationETagAndTheWholeAmountReservedForSmes() {
        Department department = Fixtures.newDepartment();
        long project = Fixtures.newProject(department, "200000.00");

        plan(project).category("GOODS").method("REQUEST_FOR_QUOTATION").amount("32775.00").whole().post("procurement")
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/procurement-plans/\\d+"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("budgetId", equalTo((int) department.budgetId()))
                .body("projectCode", equalTo("SJZWFW-T-" + project))
                .body("methodLabel", equalTo("询价"))
                .body("amount", equalTo(new BigDecimal("32775.00")))
                .body("smeReserved", equalTo(new BigDecimal("32775.00")))
                .body("smallMicroReserved", equalTo(new BigDecimal("0.00")))
                .body("categoryOverrunReason", nullValue())
                .body("createdBy", equalTo("test-procurement"));
    }

    @Test
    void amountsSentWithoutDecimalsAreAnsweredToTheFen() {
        Department department = Fixtures.newDepartment();
        long project = Fixtures.newProject(department, LARGE_PROJECT);

        Api.as("procurement").body("""
                {"projectId": %d, "title": "整数金额", "category": "SERVICES", "method": "PUBLIC_TENDER",
                 "amount": 3000000, "smeReservation": "SHARE", "smeReservedAmount": 900000.5}""".formatted(project))
                .post(PLANS).then().statusCode(201)
                .body("amount", equalTo(new BigDecimal("3000000.00")))
                .body("smeReserved", equalTo(new BigDecimal("900000.50")))
                .body("smallMicroReserved", equalTo(new BigDecimal("0.00")));
    }

    @Test
    void aProjectProjectsServiceDoesNotKnowIsRefused() {
        plan(987_654_321L).post("procurement").statusCode(422).contentType(PROBLEM_JSON)
                .body("rule", equalTo("project-must-exist"))
                .body("violations[0].field", equalTo("projectId"));
    }

    @Test
    void aProjectOfADepartmentWithoutProcurementBudgetIsRefused() {
        Department withoutBudget = new Department(Fixtures.newDepartmentCode(), Fixtures.YEAR, -1);
        long project = Fixtures.newProject(withoutBudget, "100000.00");

        plan(project).post("procurement").statusCode(422).body("rule", equalTo("procurement-budget-must-exist"));
    }

    @Test
    void thePlansOfAProjectMayNotExceedItsBudget() {
        Department department = Fixtures.newDepartment();
        long project = Fixtures.newProject(department, "200000.00");
        plan(project).amount("150000.00").create();

        plan(project).amount("50000.01").post("procurement").statusCode(422).contentType(PROBLEM_JSON)
                .body("rule", equalTo("plans-within-project-budget"))
                .body("detail", containsString("200000.01"));
        plan(project).amount("50000.00").post("procurement").statusCode(201);
    }

    @Test
    void aCancelledPlanNoLongerTakesTheProjectBudget() {
        Department department = Fixtures.newDepartment();
        long project = Fixtures.newProject(department, "200000.00");
        long first = plan(project).amount("200000.00").create();
        plan(project).amount("1.00").post("procurement").statusCode(422);

        Fixtures.moveTo(first, "CANCELLED");

        plan(project).amount("200000.00").post("procurement").statusCode(201);
    }

    @Test
    void thePlansOfACategoryMayNotExceedTheDeclaredCategoryBudget() {
        Department department = Fixtures.newDepartment("1000000.00", "0.00", "1000000.00", "0.00", "0.00");
        long project = Fixtures.newProject(department, LARGE_PROJECT);
        plan(project).category("GOODS").amount("600000.00").create();
        plan(project).category("GOODS").amount("400000.00").create();

        plan(project).category("GOODS").amount("0.01").post("procurement").statusCode(422).contentType(PROBLEM_JSON)
                .body("rule", equalTo("plans-within-category-budget"))
                .body("detail", containsString("货物"));
        plan(project).category("SERVICES").amount("0.01").post("procurement").statusCode(201);
    }

    @Test
    void aWorksPlanIsRefusedWhenTheDeclaredWorksBudgetIsZero() {
        Department department = Fixtures.newDepartment("32775.00", "0.00", "26352441.40", "11374441.40", "0.00");
        long project = Fixtures.newProject(department, LARGE_PROJECT);

        plan(project).category("WORKS").amount("100000.00").post("procurement").statusCode(422)
                .body("rule", equalTo("plans-within-category-budget"));
    }

    @Test
    void anAdminConfirmsACategoryOverrunWithAReason() {
        Department department = Fixtures.newDepartment("32775.00", "0.00", "26352441.40", "11374441.40", "0.00");
        long project = Fixtures.newProject(department, LARGE_PROJECT);

        plan(project).category("WORKS").amount("100000.00").overrunReason("机房改造，经区财政局同意调整").post("admin")
                .statusCode(201)
                .body("categoryOverrunReason", equalTo("机房改造，经区财政局同意调整"))
                .body("categoryOverrunConfirmedBy", equalTo("test-admin"));

        Api.as("viewer").get("/api/v1/procurement-budgets/" + department.budgetId()).then().statusCode(200)
                .body("categories[1].category", equalTo("WORKS"))
                .body("categories[1].planned", equalTo(new BigDecimal("100000.00")))
                .body("categories[1].unallocated", equalTo(new BigDecimal("-100000.00")))
                .body("categories[1].overrun", is(true));
    }

    @Test
    void anOverrunNeedsBothTheAdminRoleAndAReason() {
        Department department = Fixtures.newDepartment("0.00", "0.00", "0.00", "0.00", "0.00");
        long project = Fixtures.newProject(department, LARGE_PROJECT);

        plan(project).category("GOODS").amount("1000.00").post("admin").statusCode(422)
                .body("rule", equalTo("plans-within-category-budget"));
        plan(project).category("GOODS").amount("1000.00").overrunReason("急需").post("procurement").statusCode(422)
                .body("rule", equalTo("plans-within-category-budget"));
        plan(project).category("GOODS").amount("1000.00").overrunReason("   ").post("admin").statusCode(422);
    }

    @Test
    void anOverrunReasonWithoutAnOverrunIsBadRequest() {
        Department department = Fixtures.newDepartment();
        long project = Fixtures.newProject(department, LARGE_PROJECT);

        plan(project).amount("1000.00").overrunReason("以防万一").post("admin").statusCode(400)
                .body("violations[0].field", equalTo("categoryOverrunReason"));
    }

    @Test
    void nonProcurementSpendingCountsAgainstTheProjectButNotTheCategoryBudget() {
        Department department = Fixtures.newDepartment("0.00", "0.00", "0.00", "0.00", "0.00");
        long project = Fixtures.newProject(department, "300000.00");

        plan(project).category("SERVICES").method("NOT_APPLICABLE").amount("300000.00").post("procurement")
                .statusCode(201).body("methodLabel", equalTo("不适用"));
        plan(project).category("SERVICES").method("NOT_APPLICABLE").amount("0.01").post("procurement")
                .statusCode(422).body("rule", equalTo("plans-within-project-budget"));
        Api.as("viewer").get("/api/v1/procurement-budgets/" + department.budgetId()).then()
                .body("totals.planned", equalTo(new BigDecimal("0.00")));
    }

    @Test
    void anSmeReserveLargerThanThePlanIsRefused() {
        Department department = Fixtures.newDepartment();
        long project = Fixtures.newProject(department, LARGE_PROJECT);

        plan(project).amount("100000.00").share("100000.01", "0.00").post("procurement").statusCode(422)
                .body("rule", equalTo("sme-reserve-within-plan"))
                .body("violations[0].field", equalTo("smeReservedAmount"));
    }

    @Test
    void aSmallMicroReserveLargerThanTheSmeReserveIsRefused() {
        Department department = Fixtures.newDepartment();
        long project = Fixtures.newProject(department, LARGE_PROJECT);

        plan(project).amount("100000.00").share("30000.00", "30000.01").post("procurement").statusCode(422)
                .body("rule", equalTo("sme-reserve-within-plan"))
                .body("violations[0].field", equalTo("smallMicroReservedAmount"));
        plan(project).amount("100000.00").smallMicro("1.00").post("procurement").statusCode(422)
                .body("rule", equalTo("sme-reserve-within-plan"));
    }

    @Test
    void malformedReservationsAreBadRequests() {
        Department department = Fixtures.newDepartment();
        long project = Fixtures.newProject(department, LARGE_PROJECT);

        var shareWithoutAmount = plan(project);
        shareWithoutAmount.body().put("smeReservation", "SHARE");
        shareWithoutAmount.post("procurement").statusCode(400).body("violations[0].field", equalTo("smeReservedAmount"));
        plan(project).method("NOT_APPLICABLE").whole().post("procurement").statusCode(400)
                .body("violations[0].field", equalTo("smeReservation"));
        plan(project).amount("0.00").post("procurement").statusCode(400).body("violations[0].field", equalTo("amount"));
        plan(project).amount("1.001").post("procurement").statusCode(400).body("violations[0].field", equalTo("amount"));
        var unknownMethod = plan(project);
        unknownMethod.body().put("method", "LOTTERY");
        unknownMethod.post("procurement").statusCode(400).body("violations[0].field", equalTo("method"));
    }

    @Test
    void aPlanMovesOneAllowedStepAtATimeWithIfMatch() {
        Department department = Fixtures.newDepartment();
        long id = plan(Fixtures.newProject(department, LARGE_PROJECT)).create();

        status(id, "\"0\"", "APPROVED", null).statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("APPROVED"));
        status(id, "\"1\"", "TENDERING", null).statusCode(200).body("status", equalTo("TENDERING"));
    }

    @Test
    void theRevisionHistoryRecordsEveryStatusChange() {
        Department department = Fixtures.newDepartment();
        long id = plan(Fixtures.newProject(department, LARGE_PROJECT)).create();
        status(id, "\"0\"", "APPROVED", null).statusCode(200);
        status(id, "\"1\"", "CANCELLED", "预算调减").statusCode(200);

        Api.as("viewer").get(PLANS + "/" + id + "/history").then().statusCode(200)
                .body("", hasSize(3))
                .body("state.status", contains("DRAFT", "APPROVED", "CANCELLED"))
                .body("[2].state.statusReason", equalTo("预算调减"))
                .body("[2].changedBy", equalTo("test-procurement"))
                .body("state.createdBy", everyItem(equalTo("test-procurement")))
                .body("state.createdAt", everyItem(notNullValue()));
    }

    @Test
    void skippingAStepOrGoingBackIsAConflict() {
        Department department = Fixtures.newDepartment();
        long id = plan(Fixtures.newProject(department, LARGE_PROJECT)).create();

        status(id, "\"0\"", "TENDERING", null).statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:budget:problem:plan-status-transition"));
        status(id, "\"0\"", "APPROVED", null).statusCode(200);
        status(id, "\"1\"", "DRAFT", null).statusCode(409);
    }

    @Test
    void aPlanBecomesAwardedOnlyThroughAContract() {
        Department department = Fixtures.newDepartment();
        long id = plan(Fixtures.newProject(department, LARGE_PROJECT)).createTendering();

        status(id, "\"2\"", "AWARDED", null).statusCode(422).body("rule", equalTo("plan-awarded-by-contract"));
    }

    @Test
    void aCancellationNeedsAReasonAndIsFinal() {
        Department department = Fixtures.newDepartment();
        long id = plan(Fixtures.newProject(department, LARGE_PROJECT)).create();

        status(id, "\"0\"", "CANCELLED", null).statusCode(400).body("violations[0].field", equalTo("reason"));
        status(id, "\"0\"", "CANCELLED", "项目取消").statusCode(200).body("statusReason", equalTo("项目取消"));
        status(id, "\"1\"", "APPROVED", null).statusCode(409);
    }

    @Test
    void aStatusChangeWithoutIfMatchOrWithAStaleOneIsRefused() {
        Department department = Fixtures.newDepartment();
        long id = plan(Fixtures.newProject(department, LARGE_PROJECT)).create();

        Api.as("procurement").body(Map.of("status", "APPROVED")).post(PLANS + "/" + id + "/status")
                .then().statusCode(428).contentType(PROBLEM_JSON);
        status(id, "\"0\"", "APPROVED", null).statusCode(200);
        status(id, "\"0\"", "TENDERING", null).statusCode(412).contentType(PROBLEM_JSON);
    }

    @Test
    void withProjectsServiceDownCreatingAPlanAnswers503AndStoresNothingWhileReadsKeepWorking() {
        Department department = Fixtures.newDepartment();
        long project = Fixtures.newProject(department, LARGE_PROJECT);
        long existing = plan(project).create();
        StubControl.down();
        try {
            plan(project).amount("1000.00").post("procurement").statusCode(503).contentType(PROBLEM_JSON)
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .body("type", equalTo("urn:budget:problem:dependency-unavailable"))
                    .body("detail", containsString("nothing was stored"));
            Api.as("viewer").queryParam("projectId", project).get(PLANS).then().statusCode(200)
                    .body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) existing));
            Api.as("viewer").get("/api/v1/procurement-budgets/" + department.budgetId()).then().statusCode(200);
            Api.as("viewer").get("/api/v1/contracts").then().statusCode(200);
        } finally {
            StubControl.up();
            circuitBreakers.resetAll();
        }
        Api.as("viewer").queryParam("projectId", project).get(PLANS).then().body("totalItems", equalTo(1));
    }

    @Test
    void twoConcurrentPlansThatFitOnlyOneAtATimeCannotBothBeStored() {
        Department department = Fixtures.newDepartment();
        long project = Fixtures.newProject(department, "100000.00");

        List<Integer> statuses = Stream.of(1, 2)
                .map(i -> CompletableFuture.supplyAsync(() -> plan(project).amount("60000.00").post("procurement")
                        .extract().statusCode()))
                .toList().stream().map(CompletableFuture::join).sorted().toList();

        assertEquals(List.of(201, 422), statuses);
    }

    @Test
    void listsPlansByProjectCategoryAndStatus() {
        Department department = Fixtures.newDepartment();
        long project = Fixtures.newProject(department, LARGE_PROJECT);
        long goods = plan(project).category("GOODS").create();
        plan(project).category("SERVICES").create();

        Api.as("viewer").queryParam("projectId", project).queryParam("category", "GOODS").queryParam("status", "DRAFT")
                .get(PLANS).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo((int) goods));
        Api.as("viewer").queryParam("projectId", project).queryParam("status", "AWARDED").get(PLANS)
                .then().statusCode(200).body("items", empty());
        Api.as("viewer").queryParam("status", "DONE").get(PLANS).then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void theBudgetShowsPlannedAndSmeFiguresOfItsPlans() {
        Department department = Fixtures.newDepartment();
        long project = Fixtures.newProject(department, LARGE_PROJECT);
        plan(project).category("GOODS").amount("30000.00").whole().create();
        plan(project).category("SERVICES").amount("3000000.00").share("900000.00", "540000.00").create();

        Api.as("viewer").get("/api/v1/procurement-budgets/" + department.budgetId()).then().statusCode(200)
                .body("categories[0].planned", equalTo(new BigDecimal("30000.00")))
                .body("categories[0].unallocated", equalTo(new BigDecimal("970000.00")))
                .body("categories[2].planned", equalTo(new BigDecimal("3000000.00")))
                .body("totals.planned", equalTo(new BigDecimal("3030000.00")))
                .body("sme.plannedForSme", equalTo(new BigDecimal("930000.00")))
                .body("sme.plannedForSmallMicro", equalTo(new BigDecimal("540000.00")));
    }

    @Test
    void onlyProcurementCreatesOrMovesPlans() {
        Department department = Fixtures.newDepartment();
        long project = Fixtures.newProject(department, LARGE_PROJECT);
        long id = plan(project).create();
        for (String role : new String[] {"pm", "finance", "viewer"}) {
            plan(project).post(role).statusCode(403).contentType(PROBLEM_JSON);
            Api.as(role).header("If-Match", "\"0\"").body(Map.of("status", "APPROVED"))
                    .post(PLANS + "/" + id + "/status").then().statusCode(403);
        }
        Api.anonymous().body(plan(project).body()).post(PLANS).then().statusCode(401);
        Api.anonymous().get(PLANS + "/" + id).then().statusCode(401);
        Api.as("viewer").get(PLANS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void anUnknownPlanIsNotFound() {
        Api.as("viewer").get(PLANS + "/987654321").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    private static ValidatableResponse status(long id, String ifMatch, String status,
            String reason) {
        Map<String, Object> body = reason == null ? Map.of("status", status) : Map.of("status", status, "reason", reason);
        return Api.as("procurement").header("If-Match", ifMatch).body(body).post(PLANS + "/" + id + "/status").then();
    }
}
