package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.installmentId;
import static cn.songjiang.budget.payments.testing.Api.money;
import static cn.songjiang.budget.payments.testing.Api.pay;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static cn.songjiang.budget.payments.testing.Api.recordEvent;
import static cn.songjiang.budget.payments.testing.Api.today;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The list of payment plans answers summaries, so a page is small whatever the plans hold: the installments are
 * read with the plan itself.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class PlanSummariesTest {

    @Test
    void listedPlanIsASummaryOfItsInstallments() {
        TestProject project = TestProject.withBudget("3000000.00").register();
        LocalDate signed = today().minusDays(60);
        TestContract contract = TestContract.of(project, "1000000.00").supplierSize("SMALL").signed(signed)
                .period(signed, signed.plusYears(1)).register();
        long plan = planId("{\"contractId\":" + contract.id + ",\"installments\":["
                + "{\"percent\":30,\"trigger\":\"CONTRACT_SIGNED\"},"
                + "{\"percent\":70,\"trigger\":\"FINAL_ACCEPTANCE\"}]}");
        pay(installmentId(plan, 1), UUID.randomUUID().toString(), "100000.00", today().minusDays(40))
                .statusCode(201);

        String body = as("viewer").queryParam("contractId", contract.id).when().get("/api/v1/payment-plans")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo((int) plan))
                .body("items[0]", not(hasKey("installments")))
                .body("items[0].installmentCount", equalTo(2))
                .body("items[0].installmentsByStatus.pending", equalTo(1))
                .body("items[0].installmentsByStatus.partiallyPaid", equalTo(1))
                .body("items[0].installmentsByStatus.due", equalTo(0))
                .body("items[0].installmentsByStatus.paid", equalTo(0))
                .body("items[0].amountPaid", money("100000.00"))
                .body("items[0].outstanding", money("200000.00"))
                .body("items[0].nextDueDate", equalTo(as("viewer").when().get("/api/v1/installments/"
                        + installmentId(plan, 1)).then().extract().path("dueDate")))
                .extract().asString();
        assertThat(body.length(), lessThan(2_000));

        recordEvent(installmentId(plan, 2), "FINAL_ACCEPTANCE", today().minusDays(1)).statusCode(201);
        as("viewer").queryParam("contractId", contract.id).when().get("/api/v1/payment-plans").then()
                .statusCode(200)
                .body("items[0].installmentsByStatus.pending", equalTo(0))
                .body("items[0].installmentsByStatus.due", equalTo(1))
                .body("items[0].installmentsByStatus.partiallyPaid", equalTo(1))
                .body("items[0].outstanding", money("900000.00"));
        as("viewer").when().get("/api/v1/payment-plans/" + plan).then().statusCode(200)
                .body("installments.size()", equalTo(2));
    }

    @Test
    void planWithoutPayableInstallmentsHasNoNextDueDate() {
        TestProject project = TestProject.withBudget("3000000.00").register();
        TestContract contract = TestContract.of(project, "500000.00").signed(today().minusDays(5)).register();
        planId("{\"contractId\":" + contract.id + ",\"installments\":[{\"percent\":100,\"trigger\":"
                + "\"FINAL_ACCEPTANCE\"}]}");

        as("viewer").queryParam("contractId", contract.id).when().get("/api/v1/payment-plans").then()
                .statusCode(200)
                .body("items[0].installmentCount", equalTo(1))
                .body("items[0].nextDueDate", nullValue())
                .body("items[0].amountPaid", money("0.00"))
                .body("items[0].outstanding", money("0.00"));
    }
}
