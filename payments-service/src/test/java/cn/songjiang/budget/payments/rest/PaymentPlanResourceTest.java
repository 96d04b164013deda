package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.createPlan;
import static cn.songjiang.budget.payments.testing.Api.money;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.songjiang.budget.payments.testing.Api;
import cn.songjiang.budget.payments.testing.Json;
import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.Stubs;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.payments.testing.TestProject.TermInstallment;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class PaymentPlanResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ONE_MILLION_AND_ONE_FEN = "1000000.01";
    private static final String BUDGET = "2000000.00";
    private static final String CLAUSE_30_40_30 = "项目合同签订后，支付合同总价的30%，服务期满6个月后支付40%，合同期满终验后支付剩余的30%。";

    @Test
    void contractOfOneMillionAndOneFenOnThirtyFortyThirtyEndsWithTheRemainder() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, ONE_MILLION_AND_ONE_FEN).register();

        String plan = createPlan("{\"contractId\":" + contract.id + ",\"template\":\"30/40/30\"}")
                .statusCode(201).header("Location", startsWith("http"))
                .body("value", money("1000000.01"))
                .body("source", equalTo("TEMPLATE"))
                .body("installments.trigger", contains("CONTRACT_SIGNED", "STAGE_ACCEPTANCE", "FINAL_ACCEPTANCE"))
                .extract().asString();

        assertEquals(List.of(new BigDecimal("300000.00"), new BigDecimal("400000.00"), new BigDecimal("300000.01")),
                amounts(plan));
        assertEquals(new BigDecimal(ONE_MILLION_AND_ONE_FEN), sum(amounts(plan)));
    }

    @Test
    void everyTemplateSumsExactlyToAnAwkwardContractValue() {
        for (String template : List.of("30/40/30", "30/30/40", "30/50/20", "30/20/50", "100")) {
            TestProject project = TestProject.withBudget(BUDGET).register();
            TestContract contract = TestContract.of(project, "333333.33").register();

            String plan = createPlan("{\"contractId\":" + contract.id + ",\"template\":\"" + template + "\"}")
                    .statusCode(201).extract().asString();

            assertEquals(new BigDecimal("333333.33"), sum(amounts(plan)), template);
        }
    }

    @Test
    void planFromTheProjectsParsedTermsFollowsTheClause() {
        TestProject project = TestProject.withBudget(BUDGET).terms("INSTALLMENTS", CLAUSE_30_40_30,
                TermInstallment.of(30, "CONTRACT_SIGNED", "项目合同签订后，支付合同总价的30%"),
                TermInstallment.afterMonths(40, 6, "服务期满6个月后支付40%"),
                TermInstallment.of(30, "FINAL_ACCEPTANCE", "合同期满终验后支付剩余的30%")).register();
        TestContract contract = TestContract.of(project, "800000.00").register();

        createPlan("{\"contractId\":" + contract.id + "}").statusCode(201)
                .body("source", equalTo("PROJECT_TERMS"))
                .body("clauseText", equalTo(CLAUSE_30_40_30))
                .body("installments.percent", contains(money("30.00"), money("40.00"), money("30.00")))
                .body("installments.trigger", contains("CONTRACT_SIGNED", "SERVICE_ELAPSED", "FINAL_ACCEPTANCE"))
                .body("installments[1].serviceMonths", equalTo(6))
                .body("installments[1].clauseText", equalTo("服务期满6个月后支付40%"))
                .body("installments.amount", contains(money("240000.00"), money("320000.00"), money("240000.00")));
    }

    @Test
    void clauseWithoutPercentagesNeedsInstallmentsFromTheSignedContract() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, "100000.00").register();

        createPlan("{\"contractId\":" + contract.id + "}").statusCode(422).contentType(PROBLEM)
                .body("rule", equalTo("terms-unspecified"));
    }

    @Test
    void installmentsFromTheRequestByPercent() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, "100.00").register();

        createPlan("{\"contractId\":" + contract.id + ",\"installments\":["
                + "{\"percent\":33.33,\"trigger\":\"CONTRACT_SIGNED\"},"
                + "{\"percent\":33.33,\"trigger\":\"STAGE_ACCEPTANCE\"},"
                + "{\"percent\":33.34,\"trigger\":\"FINAL_ACCEPTANCE\"}]}")
                .statusCode(201).body("installments.amount", contains(money("33.33"), money("33.33"), money("33.34")));
    }

    @Test
    void installmentsFromTheRequestByAmountMayNotExceedTheContractValue() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, "100000.00").register();

        createPlan("{\"contractId\":" + contract.id + ",\"installments\":["
                + "{\"amount\":60000.00,\"trigger\":\"CONTRACT_SIGNED\"},"
                + "{\"amount\":40000.01,\"trigger\":\"FINAL_ACCEPTANCE\"}]}")
                .statusCode(422).body("rule", equalTo("plan-exceeds-contract"));
    }

    @Test
    void planValueMayNotExceedTheContractValue() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, "100000.00").register();

        createPlan("{\"contractId\":" + contract.id + ",\"value\":100000.01,\"template\":\"100\"}")
                .statusCode(422).contentType(PROBLEM).body("rule", equalTo("plan-exceeds-contract"))
                .body("violations[0].field", equalTo("value"));
    }

    @Test
    void directPlansMayNotExceedTheProjectsRemainingBudget() {
        TestProject project = TestProject.withBudget("1000000.00").register();

        planId("{\"projectId\":" + project.id + ",\"value\":600000.00,\"template\":\"100\"}");

        createPlan("{\"projectId\":" + project.id + ",\"value\":400000.01,\"template\":\"100\"}")
                .statusCode(422).body("rule", equalTo("plan-exceeds-budget"));
        createPlan("{\"projectId\":" + project.id + ",\"value\":400000.00,\"template\":\"100\"}")
                .statusCode(201).body("ceiling", money("400000.00"));
    }

    @Test
    void recurringMonthlyPlanEstimatesEveryMonthOfTheFiscalYear() {
        TestProject project = TestProject.withBudget("1200000.00").register();

        createPlan("{\"projectId\":" + project.id + ",\"value\":1000000.00,\"recurring\":{\"recurrence\":\"MONTHLY\"}}")
                .statusCode(201).body("kind", equalTo("RECURRING"))
                .body("installments", hasSize(12))
                .body("installments[0].periodStart", equalTo("2026-01-01"))
                .body("installments[11].periodEnd", equalTo("2026-12-31"))
                .body("installments[0].estimated", equalTo(true))
                .body("installments[0].amount", money("83333.33"))
                .body("installments[11].amount", money("83333.37"));
    }

    @Test
    void recurringTermsOfTheProjectGiveQuarterlyPeriodsOverTheContract() {
        TestProject project = TestProject.withBudget(BUDGET).recurringTerms("QUARTERLY", "托幼费每季度报销一次，按实报销。")
                .register();
        TestContract contract = TestContract.of(project, "40000.00")
                .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).register();

        createPlan("{\"contractId\":" + contract.id + "}").statusCode(201)
                .body("recurrence", equalTo("QUARTERLY"))
                .body("installments.amount", contains(money("10000.00"), money("10000.00"), money("10000.00"),
                        money("10000.00")))
                .body("installments.trigger", contains("PERIOD_ENDED", "PERIOD_ENDED", "PERIOD_ENDED",
                        "PERIOD_ENDED"));
    }

    @Test
    void aContractHasOnePlan() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, "1000.00").register();
        planId("{\"contractId\":" + contract.id + ",\"template\":\"100\"}");

        createPlan("{\"contractId\":" + contract.id + ",\"template\":\"100\"}").statusCode(409).contentType(PROBLEM);
    }

    @Test
    void unknownContractIsRefusedByName() {
        createPlan("{\"contractId\":987654321,\"template\":\"100\"}").statusCode(422)
                .body("rule", equalTo("contract-unknown"));
    }

    @Test
    void unknownTemplateIsMalformed() {
        createPlan("{\"projectId\":1,\"value\":10.00,\"template\":\"40/60\"}").statusCode(400)
                .body("violations[0].field", equalTo("template"));
    }

    @Test
    void contractAndProjectTogetherAreMalformed() {
        createPlan("{\"contractId\":1,\"projectId\":1,\"template\":\"100\"}").statusCode(400);
    }

    @Test
    void whenProcurementIsDownNothingIsStored() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, "1000.00").register();
        Stubs.down(Stubs.PROCUREMENT);
        try {
            createPlan("{\"contractId\":" + contract.id + ",\"template\":\"100\"}").statusCode(503)
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .contentType(PROBLEM).body("type", equalTo("urn:budget:problem:dependency-unavailable"))
                    .body("detail", endsWith("; nothing was stored"));
        } finally {
            Stubs.up(Stubs.PROCUREMENT);
        }
        as("viewer").queryParam("contractId", contract.id).when().get("/api/v1/payment-plans")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aContractAnsweredWithoutAFieldThisServiceReadsIsAContractViolationAndNothingIsStored() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, "1000.00").registerWithout("value");

        createPlan("{\"contractId\":" + contract.id + ",\"template\":\"100\"}").statusCode(503)
                .contentType(PROBLEM).body("type", equalTo("urn:budget:problem:dependency-unavailable"))
                .body("detail", containsString("answered outside its contract: field 'value' is missing"));
        as("viewer").queryParam("contractId", contract.id).when().get("/api/v1/payment-plans")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void whenProjectsIsDownNothingIsStored() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, "1000.00").register();
        Stubs.down(Stubs.PROJECTS);
        try {
            createPlan("{\"contractId\":" + contract.id + ",\"template\":\"100\"}").statusCode(503)
                    .body("detail", startsWith("projects-service"));
        } finally {
            Stubs.up(Stubs.PROJECTS);
        }
        as("viewer").queryParam("contractId", contract.id).when().get("/api/v1/payment-plans")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void onlyProjectManagersMakePlans() {
        as("finance").body("{\"projectId\":1,\"value\":10.00,\"template\":\"100\"}")
                .when().post("/api/v1/payment-plans").then().statusCode(403);
    }

    @Test
    void planIsReadWithItsVersionAsETag() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        long id = planId("{\"projectId\":" + project.id + ",\"value\":10.00,\"template\":\"100\"}");

        as("viewer").when().get("/api/v1/payment-plans/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("projectId", equalTo((int) project.id));
        as("viewer").when().get("/api/v1/payment-plans/999999999").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void amendmentReplacesPendingInstallmentsAndKeepsItsReason() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, "100000.00").signed(Api.today().minusDays(10)).register();
        long plan = planId("{\"contractId\":" + contract.id + ",\"template\":\"30/40/30\"}");
        String reason = "补充协议：中期验收分两次";

        as("pm").header("If-Match", "\"0\"").body("{\"reason\":\"" + reason + "\",\"installments\":["
                        + "{\"percent\":25,\"trigger\":\"STAGE_ACCEPTANCE\"},"
                        + "{\"percent\":25,\"trigger\":\"STAGE_ACCEPTANCE\"},"
                        + "{\"percent\":50,\"trigger\":\"FINAL_ACCEPTANCE\"}]}")
                .when().post("/api/v1/payment-plans/" + plan + "/amendments")
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("revision", equalTo(1)).body("reason", equalTo(reason))
                .body("before.amount", contains(money("30000.00"), money("40000.00"), money("30000.00")))
                .body("after.amount", contains(money("30000.00"), money("17500.00"), money("17500.00"),
                        money("35000.00")));

        // The signed-contract installment was payable, so it stayed; the rest were replaced.
        as("viewer").when().get("/api/v1/payment-plans/" + plan).then().statusCode(200)
                .body("installments.sequence", contains(1, 2, 3, 4))
                .body("installments[0].status", equalTo("DUE"))
                .body("value", money("100000.00"));
        as("viewer").when().get("/api/v1/payment-plans/" + plan + "/amendments").then().statusCode(200)
                .body("reason", contains(reason)).body("[0].amendedBy", equalTo("test-pm"));
    }

    @Test
    void amendmentNeedsTheCurrentVersion() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        long plan = planId("{\"projectId\":" + project.id + ",\"value\":10.00,\"template\":\"100\"}");
        String body = "{\"reason\":\"改为两期\",\"installments\":[{\"percent\":50,\"trigger\":\"STAGE_ACCEPTANCE\"},"
                + "{\"percent\":50,\"trigger\":\"FINAL_ACCEPTANCE\"}]}";

        as("pm").body(body).when().post("/api/v1/payment-plans/" + plan + "/amendments").then().statusCode(428);
        as("pm").header("If-Match", "\"7\"").body(body).when().post("/api/v1/payment-plans/" + plan + "/amendments")
                .then().statusCode(412);
    }

    @Test
    void amendmentMayNotRaiseThePlanAboveItsCeiling() {
        TestProject project = TestProject.withBudget(BUDGET).register();
        TestContract contract = TestContract.of(project, "1000.00").register();
        long plan = planId("{\"contractId\":" + contract.id + ",\"template\":\"100\"}");

        as("pm").header("If-Match", "\"0\"").body("{\"reason\":\"加价\",\"value\":1000.01,\"installments\":"
                        + "[{\"percent\":100,\"trigger\":\"FINAL_ACCEPTANCE\"}]}")
                .when().post("/api/v1/payment-plans/" + plan + "/amendments")
                .then().statusCode(422).body("rule", equalTo("plan-exceeds-contract"));
    }

    static List<BigDecimal> amounts(String plan) {
        return Json.amounts(plan, "/installments", "amount");
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
