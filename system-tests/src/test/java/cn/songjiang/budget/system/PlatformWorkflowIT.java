package cn.songjiang.budget.system;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The year of the department as its users live it, over the three packaged services: the admin imports the
 * published budget and resolves its findings; procurement plans and awards contracts on seed projects; the
 * project manager creates payment plans from the parsed clauses and records milestones; finance pays; a viewer
 * reads the dashboards. Each step checks the figures to the fen and that other roles are refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformWorkflowIT {

    static final String SEED = "projects-service/src/main/resources/seed/songjiang-zwfw-2026-budget.md";
    static final BigDecimal DECLARED_PROJECT_TOTAL = new BigDecimal("76205501.91");

    static String projects;
    static String procurement;
    static String payments;
    static long documentId;
    static long budgetId;
    /** Seed projects chosen by the shape of their payment clause: 30/40/30, 30/50/20, fiscal close, recurring. */
    static final Map<String, Long> projectByClause = new HashMap<>();
    static final Map<String, Long> contractByClause = new HashMap<>();
    static final Map<String, Long> supplierBySize = new HashMap<>();

    @BeforeAll
    void startPlatform() {
        RunningPlatform platform = platform();
        projects = platform.projects();
        procurement = platform.procurement();
        payments = platform.payments();
    }

    /** The platform the steps run on: one instance of each service (ReplicatedPlatformIT: several, behind HAProxy). */
    RunningPlatform platform() {
        return RunningPlatform.get();
    }

    @Test
    @Order(1)
    void onlyAnAdminImportsTheBudgetDocument() throws IOException {
        byte[] seed = Files.readAllBytes(RunningPlatform.repositoryRoot().resolve(SEED));
        As.anonymous(projects).contentType("text/markdown; charset=utf-8").body(seed)
                .post("/api/v1/budget-documents").then().statusCode(401);
        As.role("pm", projects).contentType("text/markdown; charset=utf-8").body(seed)
                .post("/api/v1/budget-documents").then().statusCode(403);

        documentId = As.role("admin", projects).contentType("text/markdown; charset=utf-8").body(seed)
                .post("/api/v1/budget-documents")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");

        As.role("viewer", projects).get("/api/v1/projects?fiscalYear=2026&size=100")
                .then().statusCode(200).body("totalItems", equalTo(43));
    }

    @Test
    @Order(2)
    void resolvingTheFindingsMakesTheProjectsAddUpToTheDeclaredTotal() {
        assertEquals(new BigDecimal("73656156.87"), sumOfProjectAmounts(),
                "as printed, two amounts are in 元 instead of 万元");
        List<Map<String, Object>> findings = As.role("viewer", projects)
                .get("/api/v1/budget-documents/" + documentId + "/findings?size=100")
                .then().statusCode(200).extract().jsonPath().getList("items");

        for (Map<String, Object> finding : findings) {
            Object suggested = finding.get("suggestedAmount");
            String path = "/api/v1/budget-documents/" + documentId + "/findings/" + finding.get("id") + "/resolution";
            String body = suggested == null
                    ? "{\"reason\":\"合计正确：差额来自两个项目金额漏写“万”字，已逐项更正\"}"
                    : "{\"reason\":\"原文金额漏写“万”字，按项目说明更正\",\"correctedAmount\":" + suggested + "}";
            As.role("finance", projects).body(body).post(path).then().statusCode(403);
            As.role("admin", projects).body(body).post(path).then().statusCode(200);
        }

        assertEquals(DECLARED_PROJECT_TOTAL, sumOfProjectAmounts());
    }

    @Test
    @Order(3)
    void theProcurementBudgetShowsTheDeclaredSplit() {
        As.role("procurement", procurement).body("{\"departmentCode\":\"SJZWFW\",\"fiscalYear\":2026}")
                .post("/api/v1/procurement-budgets").then().statusCode(403);
        budgetId = As.role("admin", procurement).body("{\"departmentCode\":\"SJZWFW\",\"fiscalYear\":2026}")
                .post("/api/v1/procurement-budgets")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath budget = As.role("viewer", procurement).get("/api/v1/procurement-budgets/" + budgetId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(new BigDecimal("26385216.40"), budget.getObject("totals.declared", BigDecimal.class));
    }

    @Test
    @Order(4)
    void procurementAwardsContractsOnSeedProjectsOfEachClauseShape() {
        List<Map<String, Object>> all = As.role("viewer", projects).get("/api/v1/projects?fiscalYear=2026&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items");
        projectByClause.put("30/40/30", firstProject(all, percents("30", "40", "30").and(budgetOfAtLeast("1000000.01"))));
        projectByClause.put("30/50/20", firstProject(all, percents("30", "50", "20").and(budgetOfAtLeast("500000.00"))));
        projectByClause.put("fiscal-close", firstProject(all, anyTrigger("FIXED_DATE").and(budgetOfAtLeast("300000.00"))));
        projectByClause.put("recurring", firstProject(all, kind("RECURRING").and(budgetOfAtLeast("120000.00"))));
        assertEquals(4, projectByClause.values().stream().distinct().count(), projectByClause.toString());

        As.role("pm", procurement).body(supplier("上海松江服饰有限公司", "91310117MA1J3B7K2M", "SMALL"))
                .post("/api/v1/suppliers").then().statusCode(403);
        supplierBySize.put("SMALL", createSupplier("上海松江服饰有限公司", "91310117MA1J3B7K2M", "SMALL"));
        supplierBySize.put("MEDIUM", createSupplier("上海九峰数据服务有限公司", "91310117MA1FP4QX7G", "MEDIUM"));
        supplierBySize.put("LARGE", createSupplier("上海松江通信服务有限公司", "91310117MA1T6K8W3D", "LARGE"));

        contractByClause.put("30/40/30", award("30/40/30", "1000000.01", "SMALL", "2026-01-05"));
        contractByClause.put("30/50/20", award("30/50/20", "500000.00", "MEDIUM", "2026-02-02"));
        contractByClause.put("fiscal-close", award("fiscal-close", "300000.00", "SMALL", "2026-03-02"));
        contractByClause.put("recurring", award("recurring", "120000.00", "LARGE", "2026-01-02"));

        As.role("viewer", procurement).get("/api/v1/contracts/" + contractByClause.get("30/40/30"))
                .then().statusCode(200)
                .body("value", comparesEqualTo(new BigDecimal("1000000.01")))
                .body("supplierSizeAtSigning", equalTo("SMALL"))
                .body("paymentTermDays", equalTo(30));
        As.role("viewer", procurement).get("/api/v1/contracts?projectId=" + projectByClause.get("30/50/20"))
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    @Order(5)
    void projectManagersCreatePaymentPlansFromTheParsedClauses() {
        As.role("finance", payments).body("{\"contractId\":" + contractByClause.get("30/40/30") + "}")
                .post("/api/v1/payment-plans").then().statusCode(403);

        JsonPath plan304030 = createPlan("30/40/30");
        assertEquals(List.of(new BigDecimal("300000.00"), new BigDecimal("400000.00"), new BigDecimal("300000.01")),
                plan304030.getList("installments.amount", BigDecimal.class));

        JsonPath plan305020 = createPlan("30/50/20");
        assertEquals(List.of(new BigDecimal("150000.00"), new BigDecimal("250000.00"), new BigDecimal("100000.00")),
                plan305020.getList("installments.amount", BigDecimal.class));

        JsonPath fiscalClose = createPlan("fiscal-close");
        assertEquals(new BigDecimal("300000.00"), sum(fiscalClose.getList("installments.amount", BigDecimal.class)));
        List<String> fixedDueDates = fiscalClose.getList("installments.findAll { it.trigger == 'FIXED_DATE' }.dueDate");
        assertFalse(fixedDueDates.isEmpty());
        fixedDueDates.forEach(date -> assertEquals("2026-11-10", date, "11月上旬（财政关账前）"));

        JsonPath recurring = createPlan("recurring");
        assertEquals("RECURRING", recurring.getString("kind"));
        assertEquals(new BigDecimal("120000.00"), sum(recurring.getList("installments.amount", BigDecimal.class)));
        assertTrue(recurring.getList("installments").size() >= 12, "one installment per month of the service");
    }

    @Test
    @Order(6)
    void aRecordedMilestoneStartsTheStatutoryClockAndLatenessAccruesInterest() {
        List<Long> installments = installmentIds("30/40/30");
        As.role("viewer", payments).body(event("2026-01-05", "合同 SJ-2026-001"))
                .post("/api/v1/installments/" + installments.get(0) + "/events").then().statusCode(403);

        As.role("pm", payments).body(event("2026-01-05", "合同 SJ-2026-001"))
                .post("/api/v1/installments/" + installments.get(0) + "/events").then().statusCode(201);
        As.role("pm", payments).body(event("2026-06-01", "验收报告 YS-2026-017"))
                .post("/api/v1/installments/" + installments.get(1) + "/events").then().statusCode(201);

        // 保障中小企业款项支付条例: 30 days from acceptance for a small supplier; 45 days on, 15 days late.
        As.role("viewer", payments).get("/api/v1/installments/" + installments.get(1))
                .then().statusCode(200).body("dueDate", equalTo("2026-07-01"));
        JsonPath overdue = As.role("finance", payments)
                .queryParam("overdue", true).queryParam("asOf", "2026-07-16")
                .queryParam("contractId", contractByClause.get("30/40/30"))
                .get("/api/v1/due-payments").then().statusCode(200).extract().jsonPath();
        Map<String, Object> late = overdue.getMap("items.find { it.installmentId == " + installments.get(1) + " }");
        assertNotNull(late, "the accepted installment is in the overdue list");
        assertEquals(15, ((Number) late.get("daysOverdue")).intValue());
        // 0.05% a day where no rate was agreed: 400,000.00 × 0.0005 × 15
        assertEquals(new BigDecimal("3000.00"), new BigDecimal(late.get("interest").toString()));
    }

    @Test
    @Order(7)
    void financeRecordsEachPaymentExactlyOnceAndReversesWithAReason() {
        List<Long> installments = installmentIds("30/40/30");
        String payment = "{\"amount\":300000.00,\"paidDate\":\"2026-01-20\",\"voucherNo\":\"PZ-2026-0001\"}";
        String path = "/api/v1/installments/" + installments.get(0) + "/payments";
        As.role("pm", payments).header("Idempotency-Key", "wf-pay-1").body(payment).post(path).then().statusCode(403);

        long first = As.role("finance", payments).header("Idempotency-Key", "wf-pay-1").body(payment).post(path)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long retried = As.role("finance", payments).header("Idempotency-Key", "wf-pay-1").body(payment).post(path)
                .then().statusCode(anyOf(equalTo(200), equalTo(201))).extract().jsonPath().getLong("id");
        assertEquals(first, retried, "a retry with the same key records nothing new");
        As.role("viewer", payments).get(path).then().statusCode(200).body("size()", equalTo(1));
        As.role("viewer", payments).get("/api/v1/installments/" + installments.get(0))
                .then().body("outstanding", comparesEqualTo(BigDecimal.ZERO))
                .body("amountPaid", comparesEqualTo(new BigDecimal("300000.00")));
        As.role("finance", payments).header("Idempotency-Key", "wf-pay-over").body(payment).post(path)
                .then().statusCode(422);

        long partial = As.role("finance", payments).header("Idempotency-Key", "wf-pay-2")
                .body("{\"amount\":100000.00,\"paidDate\":\"2026-07-20\",\"voucherNo\":\"PZ-2026-0002\"}")
                .post("/api/v1/installments/" + installments.get(1) + "/payments")
                .then().statusCode(201).body("installmentOutstanding", comparesEqualTo(new BigDecimal("300000.00")))
                .extract().jsonPath().getLong("id");
        As.role("finance", payments).body("{\"reason\":\"凭证号录入错误，冲销后重录\"}")
                .post("/api/v1/payments/" + partial + "/reversal").then().statusCode(anyOf(equalTo(200), equalTo(201)));
        As.role("viewer", payments).get("/api/v1/installments/" + installments.get(1))
                .then().body("outstanding", comparesEqualTo(new BigDecimal("400000.00")));
    }

    @Test
    @Order(8)
    void viewersReadTheDashboardTheForecastAndTheOpenData() {
        JsonPath execution = As.role("viewer", payments).queryParam("fiscalYear", 2026)
                .get("/api/v1/dashboards/execution").then().statusCode(200).extract().jsonPath();
        assertEquals(new BigDecimal("300000.00"), execution.getObject("total.paid", BigDecimal.class));
        assertEquals(new BigDecimal("1920000.01"), execution.getObject("total.contracted", BigDecimal.class));

        As.role("viewer", payments).queryParam("fiscalYear", 2026).get("/api/v1/cash-forecast")
                .then().statusCode(200).body("currency", equalTo("CNY"));

        JsonPath ocds = As.role("viewer", payments).queryParam("contractId", contractByClause.get("30/40/30"))
                .get("/api/v1/ocds/releases").then().statusCode(200).extract().jsonPath();
        List<BigDecimal> paid = ocds.getList("releases[0].contracts[0].implementation.transactions.value.amount",
                BigDecimal.class);
        assertTrue(paid.contains(new BigDecimal("300000.00")), "the recorded payment is an OCDS transaction: " + paid);
        As.role("viewer", payments).header("Idempotency-Key", "wf-viewer")
                .body("{\"amount\":1.00,\"paidDate\":\"2026-07-20\",\"voucherNo\":\"X\"}")
                .post("/api/v1/installments/" + installmentIds("30/40/30").get(2) + "/payments").then().statusCode(403);
    }

    // ---------------------------------------------------------------- helpers

    static final Map<String, JsonPath> planByClause = new HashMap<>();

    static JsonPath createPlan(String clause) {
        JsonPath plan = As.role("pm", payments).body("{\"contractId\":" + contractByClause.get(clause) + "}")
                .post("/api/v1/payment-plans").then().statusCode(201).extract().jsonPath();
        planByClause.put(clause, plan);
        return plan;
    }

    static List<Long> installmentIds(String clause) {
        return planByClause.get(clause).getList("installments.id", Long.class);
    }

    static String event(String date, String evidence) {
        return "{\"date\":\"" + date + "\",\"evidenceRef\":\"" + evidence + "\"}";
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal sumOfProjectAmounts() {
        List<BigDecimal> amounts = As.role("viewer", projects).get("/api/v1/projects?fiscalYear=2026&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.amount", BigDecimal.class);
        return sum(amounts);
    }

    @SuppressWarnings("unchecked")
    static Predicate<Map<String, Object>> percents(String... expected) {
        return project -> {
            Map<String, Object> terms = (Map<String, Object>) project.get("paymentTerms");
            List<Map<String, Object>> installments = (List<Map<String, Object>>) terms.get("installments");
            if (installments == null || installments.size() != expected.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if (new BigDecimal(installments.get(i).get("percent").toString()).compareTo(new BigDecimal(expected[i]))
                        != 0) {
                    return false;
                }
            }
            return true;
        };
    }

    @SuppressWarnings("unchecked")
    static Predicate<Map<String, Object>> anyTrigger(String trigger) {
        return project -> {
            Map<String, Object> terms = (Map<String, Object>) project.get("paymentTerms");
            List<Map<String, Object>> installments = (List<Map<String, Object>>) terms.get("installments");
            return installments != null && installments.stream().anyMatch(i -> trigger.equals(i.get("trigger")));
        };
    }

    static Predicate<Map<String, Object>> budgetOfAtLeast(String amount) {
        return project -> new BigDecimal(project.get("amount").toString()).compareTo(new BigDecimal(amount)) >= 0;
    }

    @SuppressWarnings("unchecked")
    static Predicate<Map<String, Object>> kind(String kind) {
        return project -> kind.equals(((Map<String, Object>) project.get("paymentTerms")).get("kind"));
    }

    static long firstProject(List<Map<String, Object>> all, Predicate<Map<String, Object>> clause) {
        return all.stream().filter(clause).findFirst()
                .map(p -> ((Number) p.get("id")).longValue())
                .orElseThrow(() -> new AssertionError("no seed project with that payment clause"));
    }

    static String supplier(String name, String creditCode, String size) {
        return "{\"name\":\"" + name + "\",\"creditCode\":\"" + creditCode + "\",\"size\":\"" + size + "\"}";
    }

    static long createSupplier(String name, String creditCode, String size) {
        return As.role("procurement", procurement).body(supplier(name, creditCode, size))
                .post("/api/v1/suppliers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Plans the project's procurement, takes the plan to tender and signs a contract with the supplier. */
    static long award(String clause, String value, String supplierSize, String signedDate) {
        boolean sme = !"LARGE".equals(supplierSize);
        String reservation = sme ? "\"smeReservation\":\"WHOLE\""
                : "\"smeReservation\":\"NONE\",\"smeExemptionReason\":\"基础电信业务只能由电信运营商提供\"";
        long plan = As.role("procurement", procurement)
                .body("{\"projectId\":" + projectByClause.get(clause) + ",\"title\":\"" + clause
                        + " 服务采购\",\"category\":\"SERVICES\",\"method\":\"COMPETITIVE_CONSULTATION\",\"amount\":"
                        + value + "," + reservation + "}")
                .post("/api/v1/procurement-plans").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String status : List.of("APPROVED", "TENDERING")) {
            String etag = As.role("procurement", procurement).get("/api/v1/procurement-plans/" + plan)
                    .then().statusCode(200).extract().header("ETag");
            assertNotNull(etag);
            As.role("procurement", procurement).header("If-Match", etag).body("{\"status\":\"" + status + "\"}")
                    .post("/api/v1/procurement-plans/" + plan + "/status").then().statusCode(200);
        }
        return As.role("procurement", procurement).contentType(ContentType.JSON)
                .body("{\"planId\":" + plan + ",\"supplierId\":" + supplierBySize.get(supplierSize) + ",\"value\":"
                        + value + ",\"signedDate\":\"" + signedDate + "\",\"periodStart\":\"" + signedDate
                        + "\",\"periodEnd\":\"2026-12-31\"}")
                .post("/api/v1/contracts").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
