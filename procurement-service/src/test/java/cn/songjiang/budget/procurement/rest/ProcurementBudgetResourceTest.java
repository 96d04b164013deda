package cn.songjiang.budget.procurement.rest;

import static cn.songjiang.budget.procurement.testing.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import cn.songjiang.budget.procurement.testing.Api;
import cn.songjiang.budget.procurement.testing.Fixtures.Department;
import cn.songjiang.budget.procurement.testing.Fixtures;
import cn.songjiang.budget.procurement.testing.ProjectsDouble;
import cn.songjiang.budget.procurement.testing.StubControl;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProjectsDouble.class)
class ProcurementBudgetResourceTest {

    static final String BUDGETS = "/api/v1/procurement-budgets";
    static final String SEED_DEPARTMENT = "SJZWFW";

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    /** The seed department is created once per test run; later tests of the run find it. */
    private long seedBudget() {
        var existing = Api.as("viewer").queryParam("department", SEED_DEPARTMENT).queryParam("fiscalYear", 2026)
                .get(BUDGETS).then().statusCode(200).extract().jsonPath();
        if (existing.getList("items").isEmpty()) {
            return Api.as("admin").body(Map.of("departmentCode", SEED_DEPARTMENT, "fiscalYear", 2026)).post(BUDGETS)
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }
        return existing.getLong("items[0].id");
    }

    @Test
    void seedDepartmentBudgetShowsExactlyTheDeclaredFiguresAndTheirSumChecks() {
        long id = seedBudget();

        Api.as("viewer").get(BUDGETS + "/" + id).then().statusCode(200)
                .body("departmentCode", equalTo(SEED_DEPARTMENT))
                .body("fiscalYear", equalTo(2026))
                .body("currency", equalTo("CNY"))
                .body("declared.goods", equalTo(new BigDecimal("32775.00")))
                .body("declared.works", equalTo(new BigDecimal("0.00")))
                .body("declared.services", equalTo(new BigDecimal("26352441.40")))
                .body("declared.total", equalTo(new BigDecimal("26385216.40")))
                .body("declared.sumOfCategories", equalTo(new BigDecimal("26385216.40")))
                .body("declared.sumMatchesTotal", is(true))
                .body("declared.smeReserved", equalTo(new BigDecimal("11374441.40")))
                .body("declared.smallMicroReserved", equalTo(new BigDecimal("0.00")))
                .body("sme.reserved", equalTo(new BigDecimal("11374441.40")))
                .body("sme.reservedShareOfTotal", equalTo(new BigDecimal("0.4311")))
                .body("categories", hasSize(3))
                .body("categories[0].category", equalTo("GOODS"))
                .body("categories[2].declared", equalTo(new BigDecimal("26352441.40")));
    }

    @Test
    void seedDepartmentComplianceWarnsThatNothingIsReservedForSmallAndMicroEnterprises() {
        long id = seedBudget();

        Api.as("viewer").get(BUDGETS + "/" + id + "/sme-compliance").then().statusCode(200)
                .body("declared.smeReservedShare", equalTo(new BigDecimal("0.4311")))
                .body("declared.smallMicroShareOfReserved", equalTo(new BigDecimal("0.0000")))
                .body("warnings.code", hasItem("DECLARED_SMALL_MICRO_SHARE_BELOW_FLOOR"))
                .body("floors.smallMicroShareOfReserved", equalTo(new BigDecimal("0.60")));
    }

    @Test
    void createAnswers201WithLocationAndTheDeclaredFigures() {
        String code = Fixtures.newDepartmentCode();
        Fixtures.stubDepartmentBudget(code, "50000.00", "0.00", "950000.00", "300000.00", "180000.00");

        Api.as("admin").body(Map.of("departmentCode", code, "fiscalYear", 2026)).post(BUDGETS)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/procurement-budgets/\\d+"))
                .header("ETag", equalTo("\"0\""))
                .body("declared.total", equalTo(new BigDecimal("1000000.00")))
                .body("totals.planned", equalTo(new BigDecimal("0.00")))
                .body("totals.unallocated", equalTo(new BigDecimal("1000000.00")));
    }

    @Test
    void aSecondBudgetForTheSameDepartmentAndYearIsAConflict() {
        Department department = Fixtures.newDepartment();

        Api.as("admin").body(Map.of("departmentCode", department.code(), "fiscalYear", 2026)).post(BUDGETS)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:budget:problem:duplicate"));
    }

    @Test
    void aDepartmentBudgetProjectsServiceDoesNotKnowIsRefused() {
        Api.as("admin").body(Map.of("departmentCode", "NOSUCH", "fiscalYear", 2026)).post(BUDGETS)
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("rule", equalTo("department-budget-must-exist"));
    }

    @Test
    void withProjectsServiceDownCreatingABudgetAnswers503AndStoresNothing() {
        String code = Fixtures.newDepartmentCode();
        Fixtures.stubDepartmentBudget(code, "1.00", "0.00", "1.00", "0.00", "0.00");
        StubControl.down();
        try {
            Api.as("admin").body(Map.of("departmentCode", code, "fiscalYear", 2026)).post(BUDGETS)
                    .then().statusCode(503).contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:budget:problem:dependency-unavailable"));
        } finally {
            StubControl.up();
            circuitBreakers.resetAll();
        }
        Api.as("viewer").queryParam("department", code).get(BUDGETS).then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(0));
    }

    @Test
    void listFiltersByDepartmentAndYear() {
        Department department = Fixtures.newDepartment();

        Api.as("viewer").queryParam("department", department.code()).queryParam("fiscalYear", 2026).get(BUDGETS)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo((int) department.budgetId()))
                .body("totalItems", equalTo(1));
        Api.as("viewer").queryParam("department", department.code()).queryParam("fiscalYear", 2025).get(BUDGETS)
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void aMalformedYearFilterIsBadRequest() {
        Api.as("viewer").queryParam("fiscalYear", "二〇二六").get(BUDGETS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("fiscalYear"));
    }

    @Test
    void anUnknownBudgetIsNotFound() {
        Api.as("viewer").get(BUDGETS + "/987654321").then().statusCode(404).contentType(PROBLEM_JSON);
        Api.as("viewer").get(BUDGETS + "/987654321/sme-compliance").then().statusCode(404);
    }

    @Test
    void onlyAnAdminCreatesABudget() {
        String code = Fixtures.newDepartmentCode();
        Fixtures.stubDepartmentBudget(code, "1.00", "0.00", "1.00", "0.00", "0.00");
        for (String role : new String[] {"procurement", "pm", "finance", "viewer"}) {
            Api.as(role).body(Map.of("departmentCode", code, "fiscalYear", 2026)).post(BUDGETS)
                    .then().statusCode(403).contentType(PROBLEM_JSON);
        }
    }

    @Test
    void readingNeedsAToken() {
        Api.anonymous().get(BUDGETS).then().statusCode(401).contentType(PROBLEM_JSON);
        Api.anonymous().body(Map.of("departmentCode", "SJZWFW", "fiscalYear", 2026)).post(BUDGETS)
                .then().statusCode(401);
    }

    @Test
    void everyRoleMayReadBudgets() {
        for (String role : new String[] {"procurement", "pm", "finance", "viewer", "admin"}) {
            Api.as(role).get(BUDGETS).then().statusCode(200).body("page", equalTo(0));
        }
    }

    @Test
    void locationPointsAtTheBudget() {
        Department department = Fixtures.newDepartment();
        Api.as("viewer").get(BUDGETS + "/" + department.budgetId()).then().statusCode(200)
                .header("ETag", endsWith("\""))
                .body("departmentCode", equalTo(department.code()));
    }
}
