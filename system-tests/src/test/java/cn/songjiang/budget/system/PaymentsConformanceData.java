package cn.songjiang.budget.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The payments data of ProviderConformanceIT's payments passes, made through the services' REST APIs as their
 * users make it, and the Specmatic examples that name it. Most of payments-service's operations act on a plan, an
 * installment or a payment that must exist, and its plans are made from procurement contracts whose ids depend
 * on what ran before (procurement-service's own conformance run), so the examples are written here with the real
 * ids rather than in the OpenAPI document.
 *
 * <p>Setup: a supplier, a procurement plan taken to tender and three contracts on it in procurement-service; in
 * payments-service plan A (30/40/30) of the first contract with payments (one reversed, one kept) on its first
 * installment and its final acceptance recorded, and plan B of the second contract amended once. The third
 * contract stays without a plan. Each example acts on objects no other example changes, so the examples pass
 * in any order: the new plan is made for the third contract, the amendment is made to plan B with its current
 * version, the event is recorded on plan A's second installment, the payment is made on its first installment,
 * the kept payment is reversed. Every refusal is one the rules give whatever the order (an unknown id, a stale
 * version, a plan the contract already has, a trigger that is not the installment's, an event already recorded,
 * a payment already reversed, more than is outstanding).
 *
 * <p>The answer of each example is a real answer of the service: of the same request, made here first when the
 * request changes nothing, else of the like request made during setup. Specmatic checks the status and the
 * schema of the answer it gets, not these values.
 */
final class PaymentsConformanceData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PROBLEM = "application/problem+json";
    private static final int FISCAL_YEAR = 2026;
    private static final String DEPARTMENT = "SJZWFW";
    /** A supplier of its own (valid GB 32100-2015 check character), so no other test's supplier is reused. */
    private static final String CREDIT_CODE = "91310117MA1PAYC0NQ";
    private static final BigDecimal PROCUREMENT_PLAN_AMOUNT = new BigDecimal("30000.00");
    private static final BigDecimal CONTRACT_VALUE = new BigDecimal("10000.00");
    private static final String SIGNED = "2026-03-02";
    /** An id no object has: the largest the document allows. */
    private static final String UNKNOWN_ID = Long.toString(Long.MAX_VALUE);

    private final RunningPlatform platform;
    private final Path directory;
    private final List<String> written = new ArrayList<>();

    private PaymentsConformanceData(RunningPlatform platform, Path directory) {
        this.platform = platform;
        this.directory = directory;
    }

    /** Makes the data and writes the examples into a fresh {@code directory}; returns it. */
    static Path writeExamples(RunningPlatform platform, Path directory) throws IOException, InterruptedException {
        RunningPlatform.deleteRecursively(directory);
        Files.createDirectories(directory);
        new PaymentsConformanceData(platform, directory).write();
        return directory;
    }

    private void write() throws IOException, InterruptedException {
        // ---- procurement-service: budget, supplier, a plan in tender, three contracts on it
        long supplier = supplier();
        ProcurementPlan procurementPlan = procurementPlanInTender(procurementBudgetAndProjects());
        long project = procurementPlan.project();
        long contractA = contract(procurementPlan.id(), supplier);
        long contractB = contract(procurementPlan.id(), supplier);
        long contractC = contract(procurementPlan.id(), supplier);

        // ---- payments-service: plan A with events and payments, plan B amended once
        Answer planA = expect(201, call("pm", "POST", "/api/v1/payment-plans", Map.of(),
                object("contractId", contractA, "template", "30/40/30")));
        long planAId = planA.body().get("id").asLong();
        List<Long> installments = new ArrayList<>();
        planA.body().get("installments").forEach(i -> installments.add(i.get("id").asLong()));
        assertEquals(3, installments.size(), planA.toString());
        long first = installments.get(0);
        long second = installments.get(1);
        long last = installments.get(2);
        assertEquals("DUE", planA.body().get("installments").get(0).get("status").asText(),
                "the installment on signing is payable at once: " + planA);

        Answer planB = expect(201, call("pm", "POST", "/api/v1/payment-plans", Map.of(),
                object("contractId", contractB, "template", "30/40/30")));
        long planBId = planB.body().get("id").asLong();
        Answer amendment = expect(201, call("pm", "POST", "/api/v1/payment-plans/" + planBId + "/amendments",
                Map.of("If-Match", etag(planBId)), amendmentBody("补充协议：验收分两次")));

        Answer finalAcceptance = expect(201, call("pm", "POST", "/api/v1/installments/" + last + "/events",
                Map.of(), object("date", "2026-10-30", "evidenceRef", "终验报告 CONF-2026-003")));
        Answer reversed = expect(201, call("finance", "POST", "/api/v1/installments/" + first + "/payments",
                Map.of("Idempotency-Key", "conformance-setup-reversed"), payment("500.00", "CONF-PZ-0001")));
        long reversedId = reversed.body().get("id").asLong();
        Answer reversal = expect(200, call("finance", "POST", "/api/v1/payments/" + reversedId + "/reversal",
                Map.of(), object("reason", "凭证号录入错误，冲销后重录")));
        Answer kept = expect(201, call("finance", "POST", "/api/v1/installments/" + first + "/payments",
                Map.of("Idempotency-Key", "conformance-setup-kept"), payment("500.00", "CONF-PZ-0002")));
        long keptId = kept.body().get("id").asLong();

        // ---- examples that change state: each on objects no other example changes
        example("create-plan-for-contract", "POST", "/api/v1/payment-plans", Map.of(),
                object("contractId", contractC, "template", "30/40/30"), planA);
        example("amend-plan", "POST", "/api/v1/payment-plans/" + planBId + "/amendments",
                Map.of("If-Match", etag(planBId)), amendmentBody("补充协议：验收再分两次"), amendment);
        example("record-event", "POST", "/api/v1/installments/" + second + "/events", Map.of(),
                object("date", "2026-06-01", "evidenceRef", "验收报告 CONF-2026-002", "note", "中期验收"),
                finalAcceptance);
        example("record-payment", "POST", "/api/v1/installments/" + first + "/payments",
                Map.of("Idempotency-Key", "conformance-example-payment"), payment("600.00", "CONF-PZ-0003"), kept);
        example("reverse-payment", "POST", "/api/v1/payments/" + keptId + "/reversal", Map.of(),
                object("reason", "银行退票：收款账号错误"), reversal);

        // ---- reads, each answer taken from the same request
        read("get-plan", "/api/v1/payment-plans/" + planAId, Map.of());
        read("list-plans-of-contract", "/api/v1/payment-plans", Map.of("contractId", contractA));
        read("list-plans-of-project", "/api/v1/payment-plans", Map.of("projectId", project, "page", 0, "size", 5));
        read("list-amendments", "/api/v1/payment-plans/" + planBId + "/amendments", Map.of());
        read("get-installment", "/api/v1/installments/" + first, Map.of());
        read("list-events", "/api/v1/installments/" + last + "/events", Map.of());
        read("list-installment-payments", "/api/v1/installments/" + first + "/payments", Map.of());
        read("get-payment", "/api/v1/payments/" + reversedId, Map.of());
        read("ocds-release-of-contract", "/api/v1/ocds/releases", Map.of("contractId", contractA));
        read("due-payments-of-contract", "/api/v1/due-payments", Map.of("contractId", contractA));
        read("due-payments-filtered", "/api/v1/due-payments", map("asOf", "2026-12-31", "overdue", true,
                "fiscalYear", FISCAL_YEAR, "supplierSize", List.of("SMALL", "MICRO"), "category", "SERVICES",
                "sort", "-outstanding", "page", 0, "size", 10));
        read("due-payments-window", "/api/v1/due-payments", map("dueAfter", "2026-01-01", "dueBefore", "2026-12-31",
                "dueWithinDays", 30, "fiscalClose", false, "projectId", project, "supplierId", supplier,
                "status", List.of("DUE", "PAID"), "sort", "dueDate"));
        for (String groupBy : List.of("WEEK", "MONTH", "PROJECT", "SUPPLIER_SIZE")) {
            read("due-summary-by-" + groupBy.toLowerCase(Locale.ROOT), "/api/v1/due-payments/summary",
                    map("groupBy", groupBy, "contractId", contractA, "asOf", "2026-12-31"));
        }

        // ---- refusals the rules give whatever the order of the examples
        refused("plan-for-planned-contract", 409, "POST", "/api/v1/payment-plans", Map.of(),
                object("contractId", contractA, "template", "100"));
        refused("plan-for-unknown-contract", 422, "POST", "/api/v1/payment-plans", Map.of(),
                object("contractId", Long.MAX_VALUE, "template", "100"));
        refused("amend-stale-version", 412, "POST", "/api/v1/payment-plans/" + planAId + "/amendments",
                Map.of("If-Match", "W/\"999999\""), amendmentBody("按旧版本修改"));
        refused("amend-unknown-plan", 404, "POST", "/api/v1/payment-plans/" + UNKNOWN_ID + "/amendments",
                Map.of("If-Match", "W/\"0\""), amendmentBody("修改不存在的计划"));
        refused("event-with-wrong-trigger", 422, "POST", "/api/v1/installments/" + second + "/events", Map.of(),
                object("trigger", "FINAL_ACCEPTANCE", "date", "2026-06-01", "evidenceRef", "验收报告 CONF-2026-009"));
        refused("event-already-recorded", 409, "POST", "/api/v1/installments/" + last + "/events", Map.of(),
                object("date", "2026-10-31", "evidenceRef", "终验报告 CONF-2026-004"));
        refused("event-of-unknown-installment", 404, "POST", "/api/v1/installments/" + UNKNOWN_ID + "/events",
                Map.of(), object("date", "2026-06-01", "evidenceRef", "验收报告 CONF-2026-005"));
        refused("payment-above-outstanding", 422, "POST", "/api/v1/installments/" + first + "/payments",
                Map.of("Idempotency-Key", "conformance-example-too-much"), payment("9999999.00", "CONF-PZ-0009"));
        refused("payment-of-unknown-installment", 404, "POST", "/api/v1/installments/" + UNKNOWN_ID + "/payments",
                Map.of("Idempotency-Key", "conformance-example-unknown"), payment("1.00", "CONF-PZ-0008"));
        refused("reverse-reversed-payment", 409, "POST", "/api/v1/payments/" + reversedId + "/reversal", Map.of(),
                object("reason", "重复冲销"));
        refused("reverse-unknown-payment", 404, "POST", "/api/v1/payments/" + UNKNOWN_ID + "/reversal", Map.of(),
                object("reason", "冲销不存在的付款"));
        for (String path : List.of("/api/v1/payment-plans/", "/api/v1/installments/", "/api/v1/payments/")) {
            refused("get-unknown-" + path.split("/")[3], 404, "GET", path + UNKNOWN_ID, Map.of(), null);
        }
        refused("amendments-of-unknown-plan", 404, "GET", "/api/v1/payment-plans/" + UNKNOWN_ID + "/amendments",
                Map.of(), null);
        refused("events-of-unknown-installment", 404, "GET", "/api/v1/installments/" + UNKNOWN_ID + "/events",
                Map.of(), null);
        refused("payments-of-unknown-installment", 404, "GET", "/api/v1/installments/" + UNKNOWN_ID + "/payments",
                Map.of(), null);
        Answer unknownContract = expect(404, call("viewer", "GET",
                "/api/v1/ocds/releases?contractId=" + UNKNOWN_ID, Map.of(), null));
        writeExample("ocds-release-of-unknown-contract", "GET", "/api/v1/ocds/releases",
                Map.of("contractId", UNKNOWN_ID), Map.of(), null, unknownContract);

        System.out.printf("payments-service examples: %d written to %s (plan A %d, plan B %d, contract C %d)%n",
                written.size(), directory, planAId, planBId, contractC);
    }

    // ---------------------------------------------------------------- procurement-service

    /**
     * Makes sure the seed department has its 2026 procurement budget (procurement-service's own run may have made
     * it) and returns the department's 2026 projects, the largest budget first.
     */
    private List<Long> procurementBudgetAndProjects() throws IOException, InterruptedException {
        Answer budget = call(platform.procurement(), "admin", "POST", "/api/v1/procurement-budgets", Map.of(),
                object("departmentCode", DEPARTMENT, "fiscalYear", FISCAL_YEAR));
        assertTrue(budget.status() == 201 || budget.status() == 409, budget.toString());
        Answer projects = expect(200, call(platform.projects(), "viewer", "GET",
                "/api/v1/projects?fiscalYear=" + FISCAL_YEAR + "&size=100", Map.of(), null));
        List<JsonNode> candidates = new ArrayList<>();
        projects.body().get("items").forEach(p -> {
            if (DEPARTMENT.equals(p.path("departmentCode").asText())) {
                candidates.add(p);
            }
        });
        candidates.sort(Comparator.comparing((JsonNode p) -> p.path("amount").decimalValue()).reversed());
        assertTrue(!candidates.isEmpty(), "no 2026 seed project of " + DEPARTMENT + ": " + projects);
        return candidates.stream().map(p -> p.get("id").asLong()).toList();
    }

    private long supplier() throws IOException, InterruptedException {
        Answer created = call(platform.procurement(), "procurement", "POST", "/api/v1/suppliers", Map.of(),
                object("name", "上海松江付款测试服务有限公司", "creditCode", CREDIT_CODE, "size", "SMALL"));
        if (created.status() == 201) {
            return created.body().get("id").asLong();
        }
        assertEquals(409, created.status(), created.toString());
        Answer found = expect(200, call(platform.procurement(), "viewer", "GET",
                "/api/v1/suppliers?creditCode=" + CREDIT_CODE, Map.of(), null));
        return found.body().get("items").get(0).get("id").asLong();
    }

    /**
     * A plan outside government procurement (不适用), so it draws on no category budget, on the first project whose
     * budget still has room for it (the plans of procurement-service's own run count too), taken to tender.
     */
    private ProcurementPlan procurementPlanInTender(List<Long> projects) throws IOException, InterruptedException {
        Answer plan = null;
        long project = 0;
        for (long candidate : projects) {
            project = candidate;
            plan = call(platform.procurement(), "procurement", "POST", "/api/v1/procurement-plans", Map.of(),
                    object("projectId", project, "title", "付款计划一致性测试服务", "category", "SERVICES",
                            "method", "NOT_APPLICABLE", "amount", PROCUREMENT_PLAN_AMOUNT, "smeReservation", "NONE"));
            if (plan.status() != 422) {
                break;
            }
        }
        long id = expect(201, plan).body().get("id").asLong();
        for (String status : List.of("APPROVED", "TENDERING")) {
            Answer current = expect(200, call(platform.procurement(), "viewer", "GET",
                    "/api/v1/procurement-plans/" + id, Map.of(), null));
            expect(200, call(platform.procurement(), "procurement", "POST", "/api/v1/procurement-plans/" + id
                    + "/status", Map.of("If-Match", current.header("ETag")), object("status", status)));
        }
        return new ProcurementPlan(id, project);
    }

    private record ProcurementPlan(long id, long project) {
    }

    private long contract(long procurementPlan, long supplier) throws IOException, InterruptedException {
        return expect(201, call(platform.procurement(), "procurement", "POST", "/api/v1/contracts", Map.of(),
                object("planId", procurementPlan, "supplierId", supplier, "value", CONTRACT_VALUE,
                        "signedDate", SIGNED, "periodStart", SIGNED, "periodEnd", "2026-12-31")))
                .body().get("id").asLong();
    }

    // ---------------------------------------------------------------- payments-service

    private String etag(long plan) throws IOException, InterruptedException {
        return expect(200, call("viewer", "GET", "/api/v1/payment-plans/" + plan, Map.of(), null)).header("ETag");
    }

    private static ObjectNode amendmentBody(String reason) {
        ArrayNode installments = NODES.arrayNode();
        installments.add(object("percent", 50, "trigger", "STAGE_ACCEPTANCE"));
        installments.add(object("percent", 50, "trigger", "FINAL_ACCEPTANCE"));
        ObjectNode body = object("reason", reason);
        body.set("installments", installments);
        return body;
    }

    private static ObjectNode payment(String amount, String voucher) {
        return object("amount", new BigDecimal(amount), "paidDate", "2026-03-16", "voucherNo", voucher);
    }

    /** An example whose answer is the answer of the same GET, made now. */
    private void read(String name, String path, Map<String, Object> query) throws IOException, InterruptedException {
        Answer answer = expect(200, call("viewer", "GET", path + queryString(query), Map.of(), null));
        writeExample(name, "GET", path, query, Map.of(), null, answer);
    }

    /**
     * An example of a refusal, made now to take its answer (a refused request changes nothing), by the role that
     * may make the request: payments and reversals are finance's, the rest of the changes the project manager's.
     */
    private void refused(String name, int status, String method, String path, Map<String, String> headers,
            JsonNode body) throws IOException, InterruptedException {
        String role = "GET".equals(method) ? "viewer"
                : path.endsWith("/payments") || path.endsWith("/reversal") ? "finance" : "pm";
        Answer answer = expect(status, call(role, method, path, headers, body));
        writeExample(name, method, path, Map.of(), headers, body, answer);
    }

    /** An example that changes state: its answer is the answer of the like request made during setup. */
    private void example(String name, String method, String path, Map<String, String> headers, JsonNode body,
            Answer like) throws IOException {
        writeExample(name, method, path, Map.of(), headers, body, like);
    }

    private void writeExample(String name, String method, String path, Map<String, Object> query,
            Map<String, String> headers, JsonNode body, Answer answer) throws IOException {
        ObjectNode request = object("method", method, "path", path);
        if (!query.isEmpty()) {
            ObjectNode q = request.putObject("query");
            // A repeatable parameter (an array in the document) as a JSON array, each value as a string.
            query.forEach((key, value) -> {
                if (value instanceof List<?> values) {
                    values.forEach(v -> q.withArray(key).add(v.toString()));
                } else {
                    q.put(key, value.toString());
                }
            });
        }
        ObjectNode requestHeaders = request.putObject("headers");
        headers.forEach(requestHeaders::put);
        if (body != null) {
            requestHeaders.put("Content-Type", "application/json");
            request.set("body", body);
        }
        ObjectNode response = NODES.objectNode();
        response.put("status", answer.status());
        response.putObject("headers").put("Content-Type",
                answer.status() >= 400 ? PROBLEM : "application/json");
        response.set("body", answer.body());
        ObjectNode example = NODES.objectNode();
        example.set("http-request", request);
        example.set("http-response", response);
        JSON.writerWithDefaultPrettyPrinter().writeValue(directory.resolve(name + ".json").toFile(), example);
        written.add(name);
    }

    // ---------------------------------------------------------------- HTTP

    private record Answer(int status, JsonNode body, Map<String, List<String>> headers) {

        String header(String name) {
            String value = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
            assertNotNull(value, "no " + name + " header in " + this);
            return value;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private static Answer expect(int status, Answer answer) {
        assertEquals(status, answer.status(), answer.toString());
        return answer;
    }

    private Answer call(String role, String method, String path, Map<String, String> headers, JsonNode body)
            throws IOException, InterruptedException {
        return call(platform.payments(), role, method, path, headers, body);
    }

    private Answer call(String base, String role, String method, String path, Map<String, String> headers,
            JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + platform.token(role))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isBlank() ? NODES.nullNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), json, response.headers().map());
    }

    private static String queryString(Map<String, Object> query) {
        return query.isEmpty() ? "" : "?" + query.entrySet().stream()
                .flatMap(e -> (e.getValue() instanceof List<?> values ? values.stream() : Stream.of(e.getValue()))
                        .map(v -> e.getKey() + "=" + URLEncoder.encode(v.toString(), StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    /** A JSON object of alternating keys and values. */
    private static ObjectNode object(Object... keysAndValues) {
        ObjectNode node = NODES.objectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
        }
        return node;
    }

    /** An ordered map of alternating keys and values. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
