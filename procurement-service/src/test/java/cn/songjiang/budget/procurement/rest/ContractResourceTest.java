package cn.songjiang.budget.procurement.rest;

import static cn.songjiang.budget.procurement.testing.Api.PROBLEM_JSON;
import static cn.songjiang.budget.procurement.testing.Fixtures.contract;
import static cn.songjiang.budget.procurement.testing.Fixtures.plan;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProjectsDouble.class)
class ContractResourceTest {

    static final String CONTRACTS = "/api/v1/contracts";
    static final String PLAN_AMOUNT = "100000.00";

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    Department department;
    long project;

    @BeforeEach
    void department() {
        department = Fixtures.newDepartment();
        project = Fixtures.newProject(department, "50000000.00");
    }

    private long tenderingPlan() {
        return plan(project).amount(PLAN_AMOUNT).createTendering();
    }

    @Test
    void awardsAContractWithEverythingPaymentsNeedsAndThePlanBecomesAwarded() {
        long plan = tenderingPlan();
        long supplier = Fixtures.newSupplier("SMALL");

        long id = contract(plan, supplier).value("95000.00").post("procurement").statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/contracts/\\d+"))
                .header("ETag", equalTo("\"0\""))
                .extract().jsonPath().getLong("id");

        Api.as("finance").get(CONTRACTS + "/" + id).then().statusCode(200)
                .body("projectId", equalTo((int) project))
                .body("planId", equalTo((int) plan))
                .body("category", equalTo("SERVICES"))
                .body("supplier.id", equalTo((int) supplier))
                .body("supplier.creditCode", matchesPattern("[0-9A-Z]{18}"))
                .body("supplier.size", equalTo("SMALL"))
                .body("supplierSizeAtSigning", equalTo("SMALL"))
                .body("value", equalTo(new BigDecimal("95000.00")))
                .body("originalValue", equalTo(new BigDecimal("95000.00")))
                .body("currency", equalTo("CNY"))
                .body("signedDate", equalTo("2026-03-02"))
                .body("periodStart", equalTo("2026-03-02"))
                .body("periodEnd", equalTo("2026-11-30"))
                .body("paymentTermDays", equalTo(30))
                .body("latePaymentDailyRate", nullValue())
                .body("status", equalTo("ACTIVE"));
        Api.as("viewer").get("/api/v1/procurement-plans/" + plan).then()
                .body("status", equalTo("AWARDED")).body("awarded", equalTo(new BigDecimal("95000.00")));
    }

    @Test
    void aContractNeedsATenderingOrAwardedPlan() {
        long draft = plan(project).amount(PLAN_AMOUNT).create();

        contract(draft, Fixtures.newSupplier("LARGE")).post("procurement").statusCode(422).contentType(PROBLEM_JSON)
                .body("rule", equalTo("contract-needs-tendering-or-awarded-plan"));
    }

    @Test
    void aContractNeedsAnExistingPlanAndSupplier() {
        contract(987_654_321L, Fixtures.newSupplier("LARGE")).post("procurement").statusCode(422)
                .body("rule", equalTo("contract-plan-must-exist"));
        contract(tenderingPlan(), 987_654_321L).post("procurement").statusCode(422)
                .body("rule", equalTo("contract-supplier-must-exist"));
    }

    @Test
    void theContractsOfAPlanMayNotExceedItWithoutAnApprovedReason() {
        long plan = tenderingPlan();
        long supplier = Fixtures.newSupplier("LARGE");

        contract(plan, supplier).value("100000.01").post("procurement").statusCode(422).contentType(PROBLEM_JSON)
                .body("rule", equalTo("contract-value-within-plan"));
        contract(plan, supplier).value("60000.00").create();
        contract(plan, supplier).value("40000.01").post("procurement").statusCode(422)
                .body("rule", equalTo("contract-value-within-plan"));
        contract(plan, supplier).value("40000.00").post("procurement").statusCode(201);
    }

    @Test
    void anAdminApprovesAValueAboveThePlanWithAReason() {
        long plan = tenderingPlan();
        long supplier = Fixtures.newSupplier("LARGE");

        contract(plan, supplier).value("120000.00").valueOverPlanReason("需求变更").post("procurement").statusCode(422);
        contract(plan, supplier).value("120000.00").post("admin").statusCode(422);
        contract(plan, supplier).value("120000.00").valueOverPlanReason("经党组会审议，增加服务内容").post("admin")
                .statusCode(201)
                .body("valueOverPlanReason", equalTo("经党组会审议，增加服务内容"))
                .body("valueOverPlanApprovedBy", equalTo("test-admin"));
    }

    @Test
    void anSmeContractWithANinetyDayTermIsRefused() {
        long plan = tenderingPlan();
        long small = Fixtures.newSupplier("SMALL");

        contract(plan, small).paymentTermDays(90).post("procurement").statusCode(422).contentType(PROBLEM_JSON)
                .body("rule", equalTo("sme-payment-term-at-most-60-days"))
                .body("violations[0].field", equalTo("paymentTermDays"));
        contract(plan, Fixtures.newSupplier("MEDIUM")).value("1000.00").paymentTermDays(61).post("procurement")
                .statusCode(422);
        contract(plan, small).value("1000.00").paymentTermDays(60).post("procurement").statusCode(201)
                .body("paymentTermDays", equalTo(60));
    }

    @Test
    void aLargeSupplierMayAgreeANinetyDayTerm() {
        contract(tenderingPlan(), Fixtures.newSupplier("LARGE")).paymentTermDays(90).post("procurement")
                .statusCode(201).body("paymentTermDays", equalTo(90));
    }

    @Test
    void anSmeLatePaymentRateBelowTheOneYearLprIsRefused() {
        long plan = tenderingPlan();
        long micro = Fixtures.newSupplier("MICRO");

        contract(plan, micro).latePaymentDailyRate("0.00005").post("procurement").statusCode(422)
                .body("rule", equalTo("late-payment-rate-not-below-lpr"));
        contract(plan, micro).latePaymentDailyRate("0.0005").post("procurement").statusCode(201)
                .body("latePaymentDailyRate", equalTo(new BigDecimal("0.0005")));
    }

    @Test
    void theSupplierSizeIsFrozenAtSigning() {
        long plan = tenderingPlan();
        long supplier = Fixtures.newSupplier("SMALL");
        long id = contract(plan, supplier).value("50000.00").create();
        var current = Api.as("viewer").get("/api/v1/suppliers/" + supplier).then().extract();
        Map<String, Object> grown = Fixtures.supplierBody(current.path("creditCode"), "LARGE");
        Api.as("procurement").header("If-Match", current.header("ETag")).body(grown)
                .put("/api/v1/suppliers/" + supplier).then().statusCode(200);

        Api.as("viewer").get(CONTRACTS + "/" + id).then()
                .body("supplier.size", equalTo("LARGE"))
                .body("supplierSizeAtSigning", equalTo("SMALL"));
        contract(plan, supplier).value("50000.00").paymentTermDays(90).post("procurement").statusCode(201)
                .body("supplierSizeAtSigning", equalTo("LARGE"));
    }

    @Test
    void aPlanReservedWhollyForSmesCannotGoToALargeSupplier() {
        long plan = plan(project).amount(PLAN_AMOUNT).whole().createTendering();

        contract(plan, Fixtures.newSupplier("LARGE")).post("procurement").statusCode(422)
                .body("rule", equalTo("reserved-plan-needs-sme-supplier"));
        contract(plan, Fixtures.newSupplier("MICRO")).post("procurement").statusCode(201);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        contract(tenderingPlan(), Fixtures.newSupplier("LARGE")).period("2026-06-01", "2026-05-31")
                .post("procurement").statusCode(422).body("rule", equalTo("contract-period-start-before-end"));
    }

    @Test
    void amendmentsChangeValueAndDatesAndKeepAReasonedHistory() {
        long plan = tenderingPlan();
        long id = contract(plan, Fixtures.newSupplier("SMALL")).value("80000.00").create();

        amend(id, "\"0\"", Map.of("reason", "补充协议：增加夏季工作服", "value", new BigDecimal("90000.00")))
                .statusCode(201).header("ETag", equalTo("\"1\""))
                .body("sequence", equalTo(1))
                .body("previousValue", equalTo(new BigDecimal("80000.00")))
                .body("newValue", equalTo(new BigDecimal("90000.00")))
                .body("amendedBy", equalTo("test-procurement"));
        amend(id, "\"1\"", Map.of("reason", "服务期延长", "periodEnd", "2026-12-15")).statusCode(201)
                .body("sequence", equalTo(2))
                .body("previousPeriodEnd", equalTo("2026-11-30"))
                .body("newPeriodEnd", equalTo("2026-12-15"));

        Api.as("viewer").get(CONTRACTS + "/" + id).then()
                .body("value", equalTo(new BigDecimal("90000.00")))
                .body("originalValue", equalTo(new BigDecimal("80000.00")))
                .body("periodEnd", equalTo("2026-12-15"))
                .body("amendmentCount", equalTo(2));
        Api.as("viewer").get(CONTRACTS + "/" + id + "/amendments").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].reason", equalTo("补充协议：增加夏季工作服"))
                .body("[1].reason", equalTo("服务期延长"));
    }

    @Test
    void theRevisionHistoryShowsTheContractAsItWasAtEachChange() {
        long id = contract(tenderingPlan(), Fixtures.newSupplier("SMALL")).value("80000.00").create();
        amend(id, "\"0\"", Map.of("reason", "增项", "value", new BigDecimal("85000.00"))).statusCode(201);

        Api.as("viewer").get(CONTRACTS + "/" + id + "/history").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].change", equalTo("ADD"))
                .body("[0].changedBy", equalTo("test-procurement"))
                .body("[0].state.value", equalTo(new BigDecimal("80000.00")))
                .body("[0].state.version", equalTo(0))
                .body("[1].change", equalTo("MOD"))
                .body("[1].state.value", equalTo(new BigDecimal("85000.00")))
                .body("[1].state.version", equalTo(1))
                .body("[1].state.supplierSizeAtSigning", equalTo("SMALL"));
        Api.as("viewer").get(CONTRACTS + "/987654321/history").then().statusCode(404);
    }

    @Test
    void anAmendmentNeedsAReasonAChangeAndTheCurrentVersion() {
        long id = contract(tenderingPlan(), Fixtures.newSupplier("SMALL")).value("80000.00").create();

        amend(id, "\"0\"", Map.of("value", new BigDecimal("81000.00"))).statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        amend(id, "\"0\"", Map.of("reason", "无变化", "value", new BigDecimal("80000.00"))).statusCode(422)
                .body("rule", equalTo("amendment-changes-something"));
        amend(id, null, Map.of("reason", "调整", "value", new BigDecimal("81000.00"))).statusCode(428);
        amend(id, "\"7\"", Map.of("reason", "调整", "value", new BigDecimal("81000.00"))).statusCode(412);
        amend(id, "\"0\"", Map.of("reason", "调整", "periodStart", "2026-12-01")).statusCode(422)
                .body("rule", equalTo("contract-period-start-before-end"));
        Api.as("viewer").get(CONTRACTS + "/" + id + "/amendments").then().statusCode(200).body("", empty());
    }

    @Test
    void anAmendedValueMayNotExceedThePlanWithoutAnApprovedReason() {
        long plan = tenderingPlan();
        long id = contract(plan, Fixtures.newSupplier("SMALL")).value("80000.00").create();

        amend(id, "\"0\"", Map.of("reason", "增项", "value", new BigDecimal("100000.01"))).statusCode(422)
                .body("rule", equalTo("contract-value-within-plan"));
        Map<String, Object> approved = new LinkedHashMap<>();
        approved.put("reason", "增项");
        approved.put("value", new BigDecimal("110000.00"));
        approved.put("valueOverPlanReason", "经主任办公会批准");
        Api.as("admin").header("If-Match", "\"0\"").body(approved).post(CONTRACTS + "/" + id + "/amendments")
                .then().statusCode(201).body("valueOverPlanReason", equalTo("经主任办公会批准"));
    }

    @Test
    void aCompletedContractCanNoLongerBeAmendedOrTerminated() {
        long id = contract(tenderingPlan(), Fixtures.newSupplier("SMALL")).create();

        Api.as("procurement").header("If-Match", "\"0\"").body(Map.of("status", "COMPLETED", "reason", "终验通过"))
                .post(CONTRACTS + "/" + id + "/status").then().statusCode(200).body("status", equalTo("COMPLETED"));
        amend(id, "\"1\"", Map.of("reason", "调整", "value", new BigDecimal("1000.00"))).statusCode(409)
                .contentType(PROBLEM_JSON);
        Api.as("procurement").header("If-Match", "\"1\"").body(Map.of("status", "TERMINATED", "reason", "x"))
                .post(CONTRACTS + "/" + id + "/status").then().statusCode(409)
                .body("type", equalTo("urn:budget:problem:contract-status-transition"));
    }

    @Test
    void aTerminatedContractNoLongerTakesThePlan() {
        long plan = tenderingPlan();
        long supplier = Fixtures.newSupplier("LARGE");
        long first = contract(plan, supplier).value(PLAN_AMOUNT).create();
        contract(plan, supplier).value("1.00").post("procurement").statusCode(422);

        Api.as("procurement").header("If-Match", "\"0\"").body(Map.of("status", "TERMINATED", "reason", "供应商违约"))
                .post(CONTRACTS + "/" + first + "/status").then().statusCode(200);

        contract(plan, supplier).value(PLAN_AMOUNT).post("procurement").statusCode(201);
    }

    @Test
    void linksTheProjectsPaymentTermsOnlyWhenTheProjectHasThem() {
        long plan = tenderingPlan();
        contract(plan, Fixtures.newSupplier("SMALL")).value("1000.00").linkProjectPaymentTerms().post("procurement")
                .statusCode(201).body("projectPaymentTermsLinked", is(true));

        long bare = Fixtures.newProjectWithoutPaymentTerms(department, "1000000.00");
        long barePlan = plan(bare).amount(PLAN_AMOUNT).createTendering();
        contract(barePlan, Fixtures.newSupplier("SMALL")).linkProjectPaymentTerms().post("procurement")
                .statusCode(422).body("rule", equalTo("project-payment-terms-must-exist"));
    }

    @Test
    void linkProjectPaymentTermsIsTrueOrFalseNotText() {
        long plan = tenderingPlan();
        long supplier = Fixtures.newSupplier("SMALL");
        for (Object text : new Object[] {"true", "false", ""}) {
            contract(plan, supplier).value("1000.00").with("linkProjectPaymentTerms", text).post("procurement")
                    .statusCode(400).contentType(PROBLEM_JSON)
                    .body("violations[0].field", equalTo("linkProjectPaymentTerms"));
        }
        contract(plan, supplier).value("1000.00").with("linkProjectPaymentTerms", false).post("procurement")
                .statusCode(201).body("projectPaymentTermsLinked", is(false));
    }

    @Test
    void optionalFieldsMayBeNullAsTheDocumentSays() {
        long plan = tenderingPlan();
        contract(plan, Fixtures.newSupplier("SMALL")).value("1000.00").with("title", null)
                .with("paymentTermDays", null).with("latePaymentDailyRate", null).with("valueOverPlanReason", null)
                .with("linkProjectPaymentTerms", null).post("procurement").statusCode(201)
                .body("paymentTermDays", equalTo(30)).body("latePaymentDailyRate", nullValue())
                .body("projectPaymentTermsLinked", is(false));
    }

    @Test
    void withProjectsServiceDownReadingContractsWorksAndALinkedAwardAnswers503StoringNothing() {
        long plan = tenderingPlan();
        long supplier = Fixtures.newSupplier("SMALL");
        long id = contract(plan, supplier).value("1000.00").create();
        StubControl.down();
        try {
            Api.as("viewer").get(CONTRACTS + "/" + id).then().statusCode(200).body("id", equalTo((int) id));
            Api.as("viewer").queryParam("projectId", project).get(CONTRACTS).then().statusCode(200)
                    .body("totalItems", equalTo(1));
            contract(plan, supplier).value("1000.00").linkProjectPaymentTerms().post("procurement").statusCode(503)
                    .contentType(PROBLEM_JSON);
            contract(plan, supplier).value("1000.00").post("procurement").statusCode(201);
        } finally {
            StubControl.up();
            circuitBreakers.resetAll();
        }
        Api.as("viewer").queryParam("planId", plan).get(CONTRACTS).then().body("totalItems", equalTo(2));
    }

    @Test
    void listsContractsByProjectSupplierAndStatusPageByPage() {
        long plan = tenderingPlan();
        long supplier = Fixtures.newSupplier("MEDIUM");
        long first = contract(plan, supplier).value("1000.00").create();
        contract(plan, supplier).value("2000.00").create();
        contract(plan, Fixtures.newSupplier("LARGE")).value("3000.00").create();

        Api.as("viewer").queryParam("projectId", project).queryParam("supplierId", supplier)
                .queryParam("status", "ACTIVE").queryParam("size", 1).get(CONTRACTS).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo((int) first))
                .body("page", equalTo(0)).body("size", equalTo(1))
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2));
        Api.as("viewer").queryParam("projectId", project).queryParam("status", "TERMINATED").get(CONTRACTS)
                .then().statusCode(200).body("items", empty());
        Api.as("viewer").queryParam("supplierId", "abc").get(CONTRACTS).then().statusCode(400)
                .body("violations[0].field", equalTo("supplierId"));
    }

    @Test
    void theBudgetShowsAwardedAmountsAndAwardsToSmes() {
        long plan = tenderingPlan();
        contract(plan, Fixtures.newSupplier("SMALL")).value("60000.00").create();
        contract(plan, Fixtures.newSupplier("LARGE")).value("30000.00").create();

        Api.as("viewer").get("/api/v1/procurement-budgets/" + department.budgetId()).then()
                .body("categories[2].awarded", equalTo(new BigDecimal("90000.00")))
                .body("totals.awarded", equalTo(new BigDecimal("90000.00")))
                .body("sme.awardedToSme", equalTo(new BigDecimal("60000.00")))
                .body("sme.awardedToSmallMicro", equalTo(new BigDecimal("60000.00")));
    }

    @Test
    void onlyProcurementAwardsOrAmendsContracts() {
        long plan = tenderingPlan();
        long id = contract(plan, Fixtures.newSupplier("SMALL")).value("1000.00").create();
        for (String role : new String[] {"pm", "finance", "viewer"}) {
            contract(plan, Fixtures.newSupplier("SMALL")).post(role).statusCode(403).contentType(PROBLEM_JSON);
            Api.as(role).header("If-Match", "\"0\"").body(Map.of("reason", "x", "value", new BigDecimal("2.00")))
                    .post(CONTRACTS + "/" + id + "/amendments").then().statusCode(403);
        }
        Api.anonymous().get(CONTRACTS + "/" + id).then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void anUnknownContractIsNotFound() {
        Api.as("viewer").get(CONTRACTS + "/987654321").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("detail", containsString("987654321"));
        Api.as("viewer").get(CONTRACTS + "/987654321/amendments").then().statusCode(404);
    }

    private static ValidatableResponse amend(long id, String ifMatch, Map<String, Object> body) {
        var request = Api.as("procurement").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(CONTRACTS + "/" + id + "/amendments").then();
    }
}
