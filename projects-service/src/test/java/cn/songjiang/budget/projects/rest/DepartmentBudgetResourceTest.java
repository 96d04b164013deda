package cn.songjiang.budget.projects.rest;

import static cn.songjiang.budget.projects.rest.Api.PROBLEM_JSON;
import static cn.songjiang.budget.projects.rest.Api.as;
import static cn.songjiang.budget.projects.rest.Api.yuan;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/departments/{code}/budgets/{year}: every table and declared figure of the seed, to the fen. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DepartmentBudgetResourceTest {

    private static final String SEED_BUDGET = "/api/v1/departments/SJZWFW/budgets/2026";

    /** RestAssured knows the test port only per test, so the (idempotent) import runs before each. */
    @BeforeEach
    void importSeed() {
        Api.importDocument(Api.SEED);
    }

    @Test
    void servesTheDeclaredProcurementBudgetAndPerformanceSummary() {
        as("procurement").when().get(SEED_BUDGET)
                .then().statusCode(200)
                .body("departmentCode", equalTo("SJZWFW"))
                .body("departmentName", equalTo("上海市松江区政务服务中心"))
                .body("fiscalYear", equalTo(2026))
                .body("currency", equalTo("CNY"))
                .body("procurement.goods", equalTo(yuan("32775.00")))
                .body("procurement.works", equalTo(yuan("0.00")))
                .body("procurement.services", equalTo(yuan("26352441.40")))
                .body("procurement.total", equalTo(yuan("26385216.40")))
                .body("procurement.smeReserved", equalTo(yuan("11374441.40")))
                .body("procurement.smallMicroReserved", equalTo(yuan("0.00")))
                .body("performanceSummary.projectCount", equalTo(43))
                .body("performanceSummary.total", equalTo(yuan("76205501.91")))
                .body("performanceSummary.projectsOver10Million", equalTo(2));
    }

    @Test
    void servesEveryTableWithItsTotals() {
        as("viewer").when().get(SEED_BUDGET)
                .then().statusCode(200)
                .body("revenue.total", equalTo(yuan("93555945.79")))
                .body("revenue.sources", hasSize(7))
                .body("revenue.sources[1].name", equalTo("一般公共预算"))
                .body("expenditure.byFunction", hasSize(15))
                .body("expenditure.byFunction[2].code", equalTo("201-99-99"))
                .body("expenditure.byFunction[2].project", equalTo(yuan("76205501.91")))
                .body("expenditure.total", equalTo(yuan("93555945.79")))
                .body("expenditure.basic", equalTo(yuan("17350443.88")))
                .body("expenditure.project", equalTo(yuan("76205501.91")))
                .body("basicExpenditureByEconomic.byEconomic", hasSize(25))
                .body("basicExpenditureByEconomic.byEconomic[1].code", equalTo("301-01"))
                .body("basicExpenditureByEconomic.personnel", equalTo(yuan("15914739.38")))
                .body("basicExpenditureByEconomic.publicUse", equalTo(yuan("1435704.50")))
                .body("threePublicExpenses.total", equalTo(yuan("6000.00")))
                .body("threePublicExpenses.reception", equalTo(yuan("6000.00")))
                .body("yearOnYear.previousYear", equalTo(2025))
                .body("yearOnYear.change", equalTo(yuan("8589423.81")))
                .body("yearOnYear.percent", equalTo(yuan("10.11")))
                .body("operatingExpenses.tableCell", equalTo("/"))
                .body("operatingExpenses.amount", nullValue())
                .body("operatingExpenses.note", equalTo("本部门无机关运行经费。"))
                .body("department.sections", hasSize(11))
                .body("department.assets.generalEquipmentOver500k", equalTo(4))
                .body("department.assets.vehicles", equalTo(0))
                .body("projects.count", equalTo(43))
                .body("projects.statedSum", equalTo(yuan("73656156.87")));
    }

    @Test
    void anUnknownDepartmentOrYearIsNotFound() {
        as("viewer").when().get("/api/v1/departments/NOPE/budgets/2026").then().statusCode(404).contentType(PROBLEM_JSON);
        as("viewer").when().get("/api/v1/departments/SJZWFW/budgets/1999").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void readingNeedsAToken() {
        Api.anonymous().when().get(SEED_BUDGET).then().statusCode(401).contentType(PROBLEM_JSON);
    }
}
