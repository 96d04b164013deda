package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.installmentId;
import static cn.songjiang.budget.payments.testing.Api.money;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static cn.songjiang.budget.payments.testing.Api.recordEvent;
import static cn.songjiang.budget.payments.testing.Api.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class MilestoneEventResourceTest {

    private static final String BUDGET = "5000000.00";
    private static final String CONTRACT_VALUE = "1000000.01";
    private static final String FINAL_SHARE = "300000.01";

    /** A 30/40/30 contract plan with an SME supplier and no agreed term or rate; returns the final installment. */
    private static long finalInstallmentOfSmeContract(TestContract contract) {
        long plan = planId("{\"contractId\":" + contract.id + ",\"template\":\"30/40/30\"}");
        return installmentId(plan, 3);
    }

    @Test
    void acceptanceMakesAnSmeInstallmentDueThirtyDaysLater() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, CONTRACT_VALUE).supplierSize("SMALL").register();
        long installment = finalInstallmentOfSmeContract(contract);
        LocalDate accepted = today().minusDays(2);

        recordEvent(installment, "FINAL_ACCEPTANCE", accepted).statusCode(201)
                .body("trigger", equalTo("FINAL_ACCEPTANCE"))
                .body("installment.status", equalTo("DUE"))
                .body("installment.dueDate", equalTo(accepted.plusDays(30).toString()))
                .body("installment.statutoryDeadline", equalTo(accepted.plusDays(30).toString()))
                .body("installment.deadlineBasis", equalTo("ACCEPTANCE"))
                .body("installment.daysOverdue", equalTo(0))
                .body("installment.interest", money("0.00"));
    }

    @Test
    void fortyFiveDaysAfterAcceptanceItIsFifteenDaysOverdueWithInterestAndListedAsOverdue() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, CONTRACT_VALUE).supplierSize("MICRO").register();
        long installment = finalInstallmentOfSmeContract(contract);
        LocalDate accepted = today().minusDays(45);

        recordEvent(installment, "FINAL_ACCEPTANCE", accepted).statusCode(201);

        // 300,000.01 × 0.05% × 15 days = 2,250.000075 → 2,250.00
        as("viewer").when().get("/api/v1/installments/" + installment).then().statusCode(200)
                .body("dueDate", equalTo(accepted.plusDays(30).toString()))
                .body("daysOverdue", equalTo(15))
                .body("dailyRate", money("0.000500"))
                .body("interest", money("2250.00"));
        as("finance").queryParam("overdue", true).queryParam("contractId", contract.id)
                .when().get("/api/v1/due-payments").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].installmentId", equalTo((int) installment))
                .body("items[0].amountDue", money(FINAL_SHARE))
                .body("items[0].outstanding", money(FINAL_SHARE))
                .body("items[0].daysOverdue", equalTo(15))
                .body("items[0].interest", money("2250.00"))
                .body("items[0].supplier.sizeAtSigning", equalTo("MICRO"))
                .body("totals.interest", money("2250.00"));
    }

    @Test
    void theSameAcceptanceSeenFromTheFutureIsOverdueToo() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, CONTRACT_VALUE).register();
        long installment = finalInstallmentOfSmeContract(contract);
        LocalDate accepted = today();
        recordEvent(installment, "FINAL_ACCEPTANCE", accepted).statusCode(201);

        as("finance").queryParam("overdue", true).queryParam("contractId", contract.id)
                .queryParam("asOf", accepted.plusDays(45).toString())
                .when().get("/api/v1/due-payments").then().statusCode(200)
                .body("items.daysOverdue", contains(15))
                .body("items.interest", contains(money("2250.00")));
        as("finance").queryParam("overdue", true).queryParam("contractId", contract.id)
                .when().get("/api/v1/due-payments").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void agreedTermAndRateOfTheContractApply() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, "100000.00").supplierSize("MEDIUM").paymentTermDays(45)
                .latePaymentDailyRate("0.0003").register();
        long installment = installmentId(planId("{\"contractId\":" + contract.id + ",\"template\":\"100\"}"), 1);
        LocalDate accepted = today().minusDays(55);

        recordEvent(installment, "FINAL_ACCEPTANCE", accepted).statusCode(201)
                .body("installment.termDays", equalTo(45))
                .body("installment.daysOverdue", equalTo(10))
                .body("installment.interest", money("300.00"));
    }

    @Test
    void smeTermAboveSixtyDaysIsCappedAtSixty() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, "100000.00").supplierSize("SMALL").paymentTermDays(90)
                .register();
        long installment = installmentId(planId("{\"contractId\":" + contract.id + ",\"template\":\"100\"}"), 1);
        LocalDate accepted = today().minusDays(1);

        recordEvent(installment, "FINAL_ACCEPTANCE", accepted).statusCode(201)
                .body("installment.termDays", equalTo(60))
                .body("installment.termCapped", equalTo(true))
                .body("installment.dueDate", equalTo(accepted.plusDays(60).toString()));
    }

    @Test
    void largeSupplierHasNoStatutoryDeadlineAndNoStatutoryInterest() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, "100000.00").supplierSize("LARGE").paymentTermDays(20)
                .register();
        long installment = installmentId(planId("{\"contractId\":" + contract.id + ",\"template\":\"100\"}"), 1);
        LocalDate accepted = today().minusDays(30);

        recordEvent(installment, "FINAL_ACCEPTANCE", accepted).statusCode(201)
                .body("installment.dueDate", equalTo(accepted.plusDays(20).toString()))
                .body("installment.statutoryDeadline", nullValue())
                .body("installment.daysOverdue", equalTo(10))
                .body("installment.interest", money("0.00"));
    }

    @Test
    void signedContractMakesTheFirstInstallmentPayableAtOnce() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        LocalDate signed = today().minusDays(5);
        TestContract contract = TestContract.of(project, CONTRACT_VALUE).signed(signed).register();
        long plan = planId("{\"contractId\":" + contract.id + ",\"template\":\"30/40/30\"}");

        as("viewer").when().get("/api/v1/payment-plans/" + plan).then().statusCode(200)
                .body("installments.status", contains("DUE", "PENDING", "PENDING"))
                .body("installments[0].eventDate", equalTo(signed.toString()))
                .body("installments[0].dueDate", equalTo(signed.plusDays(30).toString()))
                .body("installments[0].deadlineBasis", equalTo("EVENT"));
        as("viewer").when().get("/api/v1/installments/" + installmentId(plan, 1) + "/events").then().statusCode(200)
                .body("[0].evidenceRef", equalTo("procurement-service contract " + contract.id + " signed " + signed));
    }

    @Test
    void aTriggerIsRecordedOnce() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, CONTRACT_VALUE).register();
        long installment = finalInstallmentOfSmeContract(contract);
        recordEvent(installment, "FINAL_ACCEPTANCE", today()).statusCode(201);

        recordEvent(installment, "FINAL_ACCEPTANCE", today()).statusCode(409).body("type",
                equalTo("urn:budget:problem:event-recorded"));
    }

    @Test
    void anEventCannotBeInTheFuture() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, CONTRACT_VALUE).register();

        recordEvent(finalInstallmentOfSmeContract(contract), "FINAL_ACCEPTANCE", today().plusDays(1))
                .statusCode(422).body("rule", equalTo("event-in-future"));
    }

    @Test
    void theEventMustBeTheInstallmentsTrigger() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, CONTRACT_VALUE).register();

        recordEvent(finalInstallmentOfSmeContract(contract), "STAGE_ACCEPTANCE", today())
                .statusCode(422).body("rule", equalTo("trigger-mismatch"));
    }

    @Test
    void fiscalCloseInstallmentNeedsNoEvent() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, "100000.00").register();
        long plan = planId("{\"contractId\":" + contract.id + ",\"installments\":["
                + "{\"percent\":30,\"trigger\":\"CONTRACT_SIGNED\"},"
                + "{\"percent\":40,\"trigger\":\"FIXED_DATE\",\"clauseText\":\"11月上旬（财政关账前）支付40%\"},"
                + "{\"percent\":30,\"trigger\":\"FINAL_ACCEPTANCE\"}]}");
        long fiscalClose = installmentId(plan, 2);

        as("viewer").when().get("/api/v1/installments/" + fiscalClose).then().statusCode(200)
                .body("status", equalTo("DUE")).body("fiscalClose", equalTo(true))
                .body("dueDate", equalTo("2026-11-10"));
        recordEvent(fiscalClose, "FIXED_DATE", today()).statusCode(422).body("rule", equalTo("no-event-needed"));
    }

    @Test
    void settledActualReplacesTheEstimateOfARecurringPeriod() {
        TestProject project = TestProject.withBudget("150000.00").register();
        long plan = planId("{\"projectId\":" + project.id + ",\"value\":120000.00,"
                + "\"recurring\":{\"recurrence\":\"MONTHLY\",\"periodStart\":\"2026-01-01\","
                + "\"periodEnd\":\"2026-12-31\"}}");
        long january = installmentId(plan, 1);

        as("pm").body("{\"trigger\":\"PERIOD_ENDED\",\"date\":\"2026-02-05\",\"evidenceRef\":\"电信账单 2026-01\","
                        + "\"actualAmount\":10234.56}")
                .when().post("/api/v1/installments/" + january + "/events").then().statusCode(201)
                .body("installment.amount", money("10234.56"))
                .body("installment.estimated", equalTo(false))
                .body("installment.dueDate", equalTo("2026-03-07"));
        as("viewer").when().get("/api/v1/payment-plans/" + plan).then().body("value", money("120234.56"));
    }

    @Test
    void actualMayNotPushADirectPlanBeyondTheBudget() {
        TestProject project = TestProject.withBudget("12000.00").register();
        long plan = planId("{\"projectId\":" + project.id + ",\"value\":12000.00,"
                + "\"recurring\":{\"recurrence\":\"MONTHLY\",\"periodStart\":\"2026-01-01\","
                + "\"periodEnd\":\"2026-12-31\"}}");

        as("pm").body("{\"date\":\"2026-02-05\",\"evidenceRef\":\"工资表 2026-01\",\"actualAmount\":1000.01}")
                .when().post("/api/v1/installments/" + installmentId(plan, 1) + "/events").then().statusCode(422)
                .body("rule", equalTo("plan-exceeds-budget"));
    }

    @Test
    void onlyProjectManagersRecordEvents() {
        as("finance").body("{\"date\":\"2026-02-05\",\"evidenceRef\":\"x\"}")
                .when().post("/api/v1/installments/1/events").then().statusCode(403);
    }
}
