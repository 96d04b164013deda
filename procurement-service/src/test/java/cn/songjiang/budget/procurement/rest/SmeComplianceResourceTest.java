package cn.songjiang.budget.procurement.rest;

import static cn.songjiang.budget.procurement.testing.Fixtures.contract;
import static cn.songjiang.budget.procurement.testing.Fixtures.plan;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import cn.songjiang.budget.procurement.testing.Api;
import cn.songjiang.budget.procurement.testing.Fixtures.Department;
import cn.songjiang.budget.procurement.testing.Fixtures;
import cn.songjiang.budget.procurement.testing.ProjectsDouble;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The SME compliance report over plans and contracts entered through the API. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProjectsDouble.class)
class SmeComplianceResourceTest {

    static final String BIG_PROJECT = "50000000.00";

    private static String report(Department department) {
        return "/api/v1/procurement-budgets/" + department.budgetId() + "/sme-compliance";
    }

    @Test
    void aPlanAboveTheThresholdThatMeetsTheFloorsIsListedWithoutWarning() {
        Department department = Fixtures.newDepartment("0.00", "0.00", "5000000.00", "900000.00", "540000.00");
        long project = Fixtures.newProject(department, BIG_PROJECT);
        long id = plan(project).amount("3000000.00").share("900000.00", "540000.00").create();

        Api.as("viewer").get(report(department)).then().statusCode(200)
                .body("plansAboveThreshold", hasSize(1))
                .body("plansAboveThreshold[0].planId", equalTo((int) id))
                .body("plansAboveThreshold[0].threshold", equalTo(new BigDecimal("2000000.00")))
                .body("plansAboveThreshold[0].smeReservedShare", equalTo(new BigDecimal("0.3000")))
                .body("plansAboveThreshold[0].meetsReservedShare", is(true))
                .body("plansAboveThreshold[0].meetsSmallMicroShare", is(true))
                .body("planned.smeReservedShare", equalTo(new BigDecimal("0.3000")))
                .body("plannedByCategory[2].figures.smallMicroShareOfReserved", equalTo(new BigDecimal("0.6000")))
                .body("warnings", hasSize(0));
    }

    @Test
    void breachesOfTheFloorsAreWarningsWithTheirReasons() {
        Department department = Fixtures.newDepartment("0.00", "0.00", "9000000.00", "0.00", "0.00");
        long project = Fixtures.newProject(department, BIG_PROJECT);
        long shortReserve = plan(project).amount("3000000.00").share("600000.00", "600000.00").create();
        long fewSmall = plan(project).amount("2500000.00").share("1000000.00", "100000.00").create();
        long notReserved = plan(project).amount("800000.00").create();
        long exempt = plan(project).amount("900000.00").exemption("需使用不可替代的专有技术").create();

        Api.as("viewer").get(report(department)).then().statusCode(200)
                .body("warnings.findAll { it.planId == " + shortReserve + " }.code", hasItem("PLAN_RESERVED_SHARE_BELOW_FLOOR"))
                .body("warnings.findAll { it.planId == " + fewSmall + " }.code", hasItem("PLAN_SMALL_MICRO_SHARE_BELOW_FLOOR"))
                .body("warnings.findAll { it.planId == " + notReserved + " }.code",
                        hasItem("PLAN_NOT_RESERVED_AT_OR_BELOW_THRESHOLD"))
                .body("warnings.findAll { it.planId == " + exempt + " }.code", hasItem("PLAN_SME_EXEMPTION_CLAIMED"))
                .body("warnings.find { it.planId == " + exempt + " }.reason", containsString("不可替代"))
                .body("warnings.find { it.planId == " + shortReserve + " }.reason", containsString("第八条"));
    }

    @Test
    void awardsToSmesAreSetAgainstTheReserves() {
        Department department = Fixtures.newDepartment("0.00", "0.00", "5000000.00", "1000000.00", "0.00");
        long project = Fixtures.newProject(department, BIG_PROJECT);
        long reserved = plan(project).amount("1000000.00").whole().createTendering();
        long open = plan(project).amount("1000000.00").whole().createTendering();
        contract(reserved, Fixtures.newSupplier("MICRO")).value("950000.00").create();
        contract(open, Fixtures.newSupplier("MEDIUM")).value("500000.00").create();

        Api.as("viewer").get(report(department)).then().statusCode(200)
                .body("awards.awarded", equalTo(new BigDecimal("1450000.00")))
                .body("awards.awardedToSme", equalTo(new BigDecimal("1450000.00")))
                .body("awards.awardedToSmallMicro", equalTo(new BigDecimal("950000.00")))
                .body("awards.plannedSmeReserved", equalTo(new BigDecimal("2000000.00")))
                .body("awards.awardedToSmeShareOfPlannedReserved", equalTo(new BigDecimal("0.7250")))
                .body("awards.declaredSmeReserved", equalTo(new BigDecimal("1000000.00")))
                .body("warnings.code", not(hasItem("AWARDS_TO_SME_BELOW_RESERVED")));
    }

    @Test
    void theFloorsInForceAreShownWithTheReport() {
        Department department = Fixtures.newDepartment();

        Api.as("viewer").get(report(department)).then().statusCode(200)
                .body("floors.categories[1].category", equalTo("WORKS"))
                .body("floors.categories[1].threshold", equalTo(new BigDecimal("4000000.00")))
                .body("floors.categories[0].reservedShare", equalTo(new BigDecimal("0.30")))
                .body("floors.smallMicroShareOfReserved", equalTo(new BigDecimal("0.60")));
    }

    @Test
    void theReportNeedsAToken() {
        Api.anonymous().get(report(Fixtures.newDepartment())).then().statusCode(401);
    }
}
