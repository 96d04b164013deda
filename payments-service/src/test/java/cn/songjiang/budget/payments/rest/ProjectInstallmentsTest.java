package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.installmentId;
import static cn.songjiang.budget.payments.testing.Api.money;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static cn.songjiang.budget.payments.testing.Api.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A project's installments in one list, so that a page showing its plans needs no request per plan. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class ProjectInstallmentsTest {

    @Test
    void listsTheInstallmentsOfEveryPlanOfTheProjectByPlanAndSequence() {
        TestProject project = TestProject.withBudget("3000000.00").register();
        long first = planOf(project, "1000000.00", "{\"percent\":30,\"trigger\":\"CONTRACT_SIGNED\"},"
                + "{\"percent\":70,\"trigger\":\"FINAL_ACCEPTANCE\"}");
        long second = planOf(project, "500000.00", "{\"percent\":30,\"trigger\":\"CONTRACT_SIGNED\"},"
                + "{\"percent\":50,\"trigger\":\"FINAL_ACCEPTANCE\"},{\"percent\":20,\"trigger\":\"DELIVERABLE_ACCEPTED\"}");
        planOf(TestProject.withBudget("3000000.00").register(), "100000.00",
                "{\"percent\":100,\"trigger\":\"FINAL_ACCEPTANCE\"}");

        as("viewer").queryParam("projectId", project.id).when().get("/api/v1/installments").then()
                .statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.planId", contains((int) first, (int) first, (int) second, (int) second, (int) second))
                .body("items.sequence", contains(1, 2, 1, 2, 3))
                .body("items[0].id", equalTo((int) installmentId(first, 1)))
                .body("items[0].amount", money("300000.00"))
                .body("items[4].amount", money("100000.00"))
                .body("items[4].trigger", equalTo("DELIVERABLE_ACCEPTED"));

        as("viewer").queryParam("projectId", project.id).queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/v1/installments").then()
                .statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.id", contains((int) installmentId(second, 1), (int) installmentId(second, 2)));
    }

    @Test
    void projectWithoutPlansHasNoInstallments() {
        as("viewer").queryParam("projectId", TestProject.withBudget("1000.00").register().id)
                .when().get("/api/v1/installments").then()
                .statusCode(200)
                .body("totalItems", equalTo(0))
                .body("items.size()", equalTo(0));
    }

    @Test
    void listWithoutProjectIsRefusedNamingIt() {
        as("viewer").when().get("/api/v1/installments").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("projectId"));
    }

    private static long planOf(TestProject project, String value, String installments) {
        TestContract contract = TestContract.of(project, value).signed(today().minusDays(10)).register();
        return planId("{\"contractId\":" + contract.id + ",\"installments\":[" + installments + "]}");
    }
}
