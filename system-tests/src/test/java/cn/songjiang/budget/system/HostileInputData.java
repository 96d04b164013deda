package cn.songjiang.budget.system;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real records the hostile requests name, made through the services' APIs as their users make them, and the
 * valid request of every operation built on them: path values, required query values and request bodies. A body
 * is the document's example with the ids and dates of these records; an operation has several bodies when one
 * cannot hold every optional field (a target has a value or a deadline, a plan a template or installments or a
 * recurrence). The suite sends each valid request last, to show that it is accepted and so that the hostile part
 * was the only fault of each refused request.
 */
final class HostileInputData {

    static final String SEED = "projects-service/src/main/resources/seed/songjiang-zwfw-2026-budget.md";
    private static final String SEED_TITLE = "# 上海市松江区2026年区级部门预算";
    private static final String NEXT_YEAR_TITLE = "# 上海市松江区2027年区级部门预算";
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    /** Valid GB 32100-2015 codes: one for the supplier made here, one for the supplier the hostile POSTs name. */
    private static final String SUPPLIER_CODE = "91310117MA1J3B7K2M";
    private static final String NEW_SUPPLIER_CODE = "91310117MA1FP4QX7G";
    private static final String CONTRACT_VALUE = "10000.00";

    final String seed;
    private final RunningPlatform platform;
    private final Map<String, Object> ids = new LinkedHashMap<>();
    private BigDecimal suggestedAmount;
    private String secondTrigger;
    private String recurringTrigger;
    private String recurringDate;

    private HostileInputData(RunningPlatform platform) throws IOException {
        this.platform = platform;
        this.seed = Files.readString(RunningPlatform.repositoryRoot().resolve(SEED), StandardCharsets.UTF_8);
    }

    static HostileInputData make(RunningPlatform platform) throws IOException {
        HostileInputData data = new HostileInputData(platform);
        data.projects();
        data.procurement();
        data.payments();
        System.out.println("hostile-input data: " + data.ids);
        return data;
    }

    long id(String name) {
        Object id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("no record " + name + " was made");
        }
        return ((Number) id).longValue();
    }

    // ---------------------------------------------------------------- setup

    private void projects() {
        String projects = platform.projects();
        JsonPath document = As.role("admin", projects).contentType("text/markdown; charset=utf-8").body(seed)
                .post("/api/v1/budget-documents").then().statusCode(201).extract().jsonPath();
        ids.put("document", document.getLong("id"));
        assertTrue(seed.contains(SEED_TITLE), "the seed has no title " + SEED_TITLE);
        As.role("admin", projects).contentType("text/markdown; charset=utf-8")
                .body(seed.replace(SEED_TITLE, NEXT_YEAR_TITLE))
                .post("/api/v1/budget-documents").then().statusCode(201);
        List<Map<String, Object>> findings = As.role("viewer", projects)
                .get("/api/v1/budget-documents/" + id("document") + "/findings?size=100")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> finding = findings.stream().filter(f -> f.get("suggestedAmount") != null).findFirst()
                .orElseThrow(() -> new AssertionError("no finding with a suggested amount: " + findings));
        ids.put("finding", finding.get("id"));
        suggestedAmount = new BigDecimal(finding.get("suggestedAmount").toString());

        List<Map<String, Object>> all = As.role("viewer", projects).get("/api/v1/projects?fiscalYear=2026&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> largest = all.stream()
                .filter(p -> "SJZWFW".equals(p.get("departmentCode")))
                .max(Comparator.comparing(p -> new BigDecimal(p.get("amount").toString())))
                .orElseThrow(() -> new AssertionError("no 2026 SJZWFW project"));
        ids.put("project", largest.get("id"));
        ids.put("target", As.role("pm", projects).body(quantityTarget("驻场服务团队人数"))
                .post("/api/v1/projects/" + id("project") + "/targets")
                .then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    private void procurement() {
        String procurement = platform.procurement();
        ids.put("budget", As.role("admin", procurement).body("{\"departmentCode\":\"SJZWFW\",\"fiscalYear\":2026}")
                .post("/api/v1/procurement-budgets").then().statusCode(201).extract().jsonPath().getLong("id"));
        ids.put("supplier", As.role("procurement", procurement)
                .body("{\"name\":\"上海松江服饰有限公司\",\"creditCode\":\"" + SUPPLIER_CODE + "\",\"size\":\"SMALL\"}")
                .post("/api/v1/suppliers").then().statusCode(201).extract().jsonPath().getLong("id"));
        ids.put("tenderPlan", plan("负面测试服务", "1000000.00"));
        for (String status : List.of("APPROVED", "TENDERING")) {
            changeStatus("/api/v1/procurement-plans/" + id("tenderPlan"), "{\"status\":\"" + status + "\"}");
        }
        ids.put("draftPlan", plan("负面测试草稿计划", "1000.00"));
        for (String contract : List.of("amended", "completed", "planA", "planB", "recurring", "template",
                "installments", "amounts", "recurrence")) {
            ids.put("contract." + contract, As.role("procurement", procurement)
                    .body(contractBody("负面测试合同 " + contract)).post("/api/v1/contracts")
                    .then().statusCode(201).extract().jsonPath().getLong("id"));
        }
    }

    private long plan(String title, String amount) {
        return As.role("procurement", platform.procurement())
                .body("{\"projectId\":" + id("project") + ",\"title\":\"" + title + "\",\"category\":\"SERVICES\","
                        + "\"method\":\"NOT_APPLICABLE\",\"amount\":" + amount + ",\"smeReservation\":\"NONE\"}")
                .post("/api/v1/procurement-plans").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void changeStatus(String record, String body) {
        String etag = As.role("viewer", platform.procurement()).get(record).then().statusCode(200)
                .extract().header("ETag");
        As.role("procurement", platform.procurement()).header("If-Match", etag).body(body)
                .post(record + "/status").then().statusCode(200);
    }

    private void payments() {
        String payments = platform.payments();
        JsonPath planA = As.role("pm", payments)
                .body("{\"contractId\":" + id("contract.planA") + ",\"template\":\"30/40/30\"}")
                .post("/api/v1/payment-plans").then().statusCode(201).extract().jsonPath();
        ids.put("planA", planA.getLong("id"));
        ids.put("installment.first", planA.getLong("installments[0].id"));
        ids.put("installment.second", planA.getLong("installments[1].id"));
        secondTrigger = planA.getString("installments[1].trigger");
        ids.put("planB", As.role("pm", payments)
                .body("{\"contractId\":" + id("contract.planB") + ",\"template\":\"30/40/30\"}")
                .post("/api/v1/payment-plans").then().statusCode(201).extract().jsonPath().getLong("id"));
        JsonPath recurring = As.role("pm", payments)
                .body("{\"contractId\":" + id("contract.recurring") + ",\"recurring\":{\"recurrence\":\"MONTHLY\"}}")
                .post("/api/v1/payment-plans").then().statusCode(201).extract().jsonPath();
        ids.put("installment.recurring", recurring.getLong("installments[0].id"));
        recurringTrigger = recurring.getString("installments[0].trigger");
        recurringDate = recurring.getString("installments[0].periodEnd");
        ids.put("payment", As.role("finance", payments).header("Idempotency-Key", "hostile-setup-payment")
                .body("{\"amount\":100.00,\"paidDate\":\"2026-03-16\",\"voucherNo\":\"NEG-PZ-0001\"}")
                .post("/api/v1/installments/" + id("installment.first") + "/payments")
                .then().statusCode(anyOf(is(200), is(201))).extract().jsonPath().getLong("id"));
    }


    // ---------------------------------------------------------------- valid requests

    /** The value of each path parameter of an operation: the record its valid request acts on. */
    Map<String, String> pathValues(ApiDocument.Operation operation) {
        String key = operation.method + " " + operation.path;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("documentId", Long.toString(id("document")));
        values.put("findingId", Long.toString(id("finding")));
        values.put("projectId", Long.toString(id("project")));
        values.put("targetId", Long.toString(id("target")));
        values.put("code", "SJZWFW");
        values.put("year", "2026");
        values.put("fiscalYear", "2026");
        String collection = operation.path.replaceAll("^/api/v1/([^/]+)/.*$", "$1");
        values.put("id", Long.toString(switch (collection) {
            case "budget-documents" -> id("document");
            case "projects" -> id("project");
            case "contracts" -> key.endsWith("/status") ? id("contract.completed") : id("contract.amended");
            case "procurement-budgets" -> id("budget");
            case "procurement-plans" -> key.endsWith("/status") ? id("draftPlan") : id("tenderPlan");
            case "suppliers" -> id("supplier");
            case "payment-plans" -> key.endsWith("/amendments") ? id("planB") : id("planA");
            case "installments" -> key.equals("POST /api/v1/installments/{id}/events") ? id("installment.second")
                    : id("installment.first");
            case "payments" -> id("payment");
            default -> 0L;
        }));
        return values;
    }

    /** A valid value of a query parameter, by its name, else its example, else one of its kind. */
    String parameterValue(ApiDocument document, JsonNode parameter) {
        String name = parameter.path("name").asText();
        switch (name) {
            case "contractId":
                return Long.toString(id("contract.planA"));
            case "projectId":
                return Long.toString(id("project"));
            case "supplierId":
                return Long.toString(id("supplier"));
            case "planId":
                return Long.toString(id("tenderPlan"));
            case "budgetId":
                return Long.toString(id("budget"));
            case "fiscalYear":
                return "2026";
            case "from":
                return "2026-01";
            default:
                break;
        }
        JsonNode example = parameter.path("examples").elements().hasNext()
                ? parameter.path("examples").elements().next().path("value") : parameter.path("example");
        if (!example.isMissingNode() && !example.isNull()) {
            return example.asText();
        }
        JsonNode schema = document.resolve(parameter.path("schema"));
        return switch (document.kind(parameter.path("schema"))) {
            case ENUM -> schema.path("enum").get(0).asText();
            case ARRAY -> document.resolve(schema.path("items")).path("enum").path(0).asText("1");
            case DATE -> "2026-06-30";
            case NUMBER -> schema.has("minimum") && schema.get("minimum").asLong() > 0
                    ? schema.get("minimum").asText() : "1";
            case BOOLEAN -> "true";
            default -> "SJZWFW";
        };
    }

    /**
     * The valid bodies of an operation with a JSON body, the first the fullest; the fields of each must be
     * fields of the document's schema (checked by the suite).
     */
    List<Body> bodies(ApiDocument.Operation operation) throws IOException {
        String key = operation.method + " " + operation.path;
        List<String> bodies = switch (key) {
            case "POST /api/v1/budget-documents/{documentId}/findings/{findingId}/resolution" -> List.of(
                    "{\"correctedAmount\":" + suggestedAmount.toPlainString()
                            + ",\"reason\":\"原文金额漏写“万”字，按项目说明更正\"}");
            case "POST /api/v1/projects/{projectId}/targets", "PUT /api/v1/projects/{projectId}/targets/{targetId}" ->
                    List.of(quantityTarget("驻场服务团队人数"),
                            "{\"level1\":\"OUTPUT\",\"level2\":\"TIMELINESS\",\"name\":\"完成时限\","
                                    + "\"comparator\":\"LE\",\"deadline\":\"2026-11-30\"}");
            case "POST /api/v1/projects/{projectId}/targets/{targetId}/observations" -> List.of(
                    "{\"value\":22,\"observedOn\":\"2026-03-31\",\"note\":\"驻场考勤表 2026年3月\"}");
            case "POST /api/v1/contracts" -> List.of(contractBody("2026年负面测试服务合同"));
            case "POST /api/v1/contracts/{id}/amendments" -> List.of(
                    "{\"reason\":\"补充协议：服务期调整\",\"value\":" + CONTRACT_VALUE
                            + ",\"periodStart\":\"2026-03-02\",\"periodEnd\":\"2026-12-15\"}");
            case "POST /api/v1/contracts/{id}/status" -> List.of(
                    "{\"status\":\"COMPLETED\",\"reason\":\"服务期满，终验通过\"}");
            case "POST /api/v1/procurement-budgets" -> List.of("{\"departmentCode\":\"SJZWFW\",\"fiscalYear\":2027}");
            case "POST /api/v1/procurement-plans" -> List.of(
                    "{\"projectId\":" + id("project") + ",\"title\":\"政务服务中心窗口工作服采购\","
                            + "\"category\":\"SERVICES\",\"method\":\"COMPETITIVE_CONSULTATION\",\"amount\":100000.00,"
                            + "\"smeReservation\":\"SHARE\",\"smeReservedAmount\":30000.00,"
                            + "\"smallMicroReservedAmount\":18000.00}",
                    "{\"projectId\":" + id("project") + ",\"title\":\"基础电信服务\",\"category\":\"SERVICES\","
                            + "\"method\":\"SINGLE_SOURCE\",\"amount\":1000.00,\"smeReservation\":\"NONE\","
                            + "\"smeExemptionReason\":\"基础电信业务只能由电信运营商提供\"}");
            case "POST /api/v1/procurement-plans/{id}/status" -> List.of(
                    "{\"status\":\"APPROVED\",\"reason\":\"预算已落实\"}");
            case "POST /api/v1/suppliers" -> List.of(supplier(NEW_SUPPLIER_CODE, "上海九峰数据服务有限公司"));
            case "PUT /api/v1/suppliers/{id}" -> List.of(supplier(SUPPLIER_CODE, "上海松江服饰有限公司"));
            case "POST /api/v1/payment-plans" -> List.of(
                    "{\"contractId\":" + id("contract.installments") + ",\"value\":" + CONTRACT_VALUE
                            + ",\"installments\":[{\"percent\":30,\"trigger\":\"CONTRACT_SIGNED\","
                            + "\"clauseText\":\"合同签订后支付30%\"},{\"percent\":40,\"trigger\":\"SERVICE_ELAPSED\","
                            + "\"serviceMonths\":6},{\"percent\":30,\"trigger\":\"FIXED_DATE\","
                            + "\"dueDate\":\"2026-11-10\"}]}",
                    "{\"contractId\":" + id("contract.template") + ",\"template\":\"30/40/30\"}",
                    "{\"contractId\":" + id("contract.amounts") + ",\"installments\":[{\"amount\":3000.00,"
                            + "\"trigger\":\"CONTRACT_SIGNED\"},{\"amount\":7000.00,\"trigger\":\"FINAL_ACCEPTANCE\"}]}",
                    "{\"contractId\":" + id("contract.recurrence") + ",\"recurring\":{\"recurrence\":\"MONTHLY\","
                            + "\"periodStart\":\"2026-04-01\",\"periodEnd\":\"2026-12-31\"}}",
                    "{\"projectId\":" + id("project") + ",\"value\":5000.00,\"template\":\"100\"}");
            case "POST /api/v1/payment-plans/{id}/amendments" -> List.of(
                    "{\"reason\":\"补充协议：验收分两次\",\"value\":" + CONTRACT_VALUE + ",\"installments\":["
                            + "{\"amount\":3500.00,\"trigger\":\"STAGE_ACCEPTANCE\"},"
                            + "{\"amount\":3500.00,\"trigger\":\"FINAL_ACCEPTANCE\"}]}",
                    "{\"reason\":\"补充协议：改为按服务期和财政关账支付\",\"installments\":["
                            + "{\"percent\":40,\"trigger\":\"SERVICE_ELAPSED\",\"serviceMonths\":6,"
                            + "\"clauseText\":\"服务满6个月支付40%\"},"
                            + "{\"percent\":60,\"trigger\":\"FIXED_DATE\",\"dueDate\":\"2026-11-10\"}]}");
            case "POST /api/v1/installments/{id}/events" -> List.of(
                    "{\"trigger\":\"" + secondTrigger + "\",\"date\":\"2026-06-01\","
                            + "\"evidenceRef\":\"验收报告 NEG-2026-001\",\"note\":\"中期验收\"}");
            case "POST /api/v1/installments/{id}/payments" -> List.of(
                    "{\"amount\":100.00,\"paidDate\":\"2026-03-16\",\"voucherNo\":\"记-2026-04-0137\"}");
            case "POST /api/v1/payments/{id}/reversal" -> List.of("{\"reason\":\"银行退票：收款账号错误\"}");
            default -> throw new IllegalStateException("no valid body for " + key
                    + ": add one to HostileInputData.bodies");
        };
        List<Body> parsed = new ArrayList<>();
        for (String body : bodies) {
            parsed.add(new Body(JSON.readTree(body), null));
        }
        if (key.equals("POST /api/v1/installments/{id}/events")) {
            // actualAmount is the settled amount of a recurring period: an event of the recurring plan.
            parsed.add(new Body(JSON.readTree("{\"trigger\":\"" + recurringTrigger + "\",\"date\":\""
                    + recurringDate + "\",\"evidenceRef\":\"结算单 NEG-2026-002\",\"actualAmount\":800.00}"),
                    Long.toString(id("installment.recurring"))));
        }
        return parsed;
    }

    /** A valid body, and the id it is sent to when not the operation's usual record. */
    record Body(JsonNode json, String id) {
    }

    /** Fields of the documents no valid request of the suite's roles carries: admin-only approvals. */
    static boolean leftOut(String field) {
        return field.equals("valueOverPlanReason") || field.equals("categoryOverrunReason");
    }

    private static String quantityTarget(String name) {
        return "{\"level1\":\"OUTPUT\",\"level2\":\"QUANTITY\",\"name\":\"" + name + "\",\"comparator\":\"GE\","
                + "\"value\":21,\"unit\":\"人\",\"approximate\":false}";
    }

    private String contractBody(String title) {
        return "{\"planId\":" + id("tenderPlan") + ",\"supplierId\":" + id("supplier") + ",\"title\":\"" + title
                + "\",\"value\":" + CONTRACT_VALUE + ",\"signedDate\":\"2026-03-02\",\"periodStart\":\"2026-03-02\","
                + "\"periodEnd\":\"2026-12-31\",\"paymentTermDays\":30,\"latePaymentDailyRate\":0.0005,"
                + "\"linkProjectPaymentTerms\":false}";
    }

    private static String supplier(String creditCode, String name) {
        return "{\"name\":\"" + name + "\",\"creditCode\":\"" + creditCode + "\",\"size\":\"SMALL\","
                + "\"contact\":{\"name\":\"王经理\",\"phone\":\"021-57000000\",\"email\":\"sales@example.cn\"}}";
    }
}
