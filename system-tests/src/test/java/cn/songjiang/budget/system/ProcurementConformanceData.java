package cn.songjiang.budget.system;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The records the examples of procurement-service's OpenAPI document name, loaded through its API into the fresh
 * service before Specmatic sends those examples (see Examples in procurement-service): procurement budget 1 (the
 * seed department, 2026); suppliers 1 to 5, 5 being the clothing company of the examples; plans 1 (数据运营服务) and 2
 * (政务云运营运维), both TENDERING, 3 (the work uniforms, AWARDED by contract 7) and 4 (volunteers, still DRAFT);
 * contracts 1 to 6, lots of plan 1, of which 5 is COMPLETED, and 7 on the work uniforms. The 2027 budget document is
 * imported into projects-service, so that the example creating the 2027 procurement budget can succeed.
 *
 * <p>A fresh service numbers records from 1 in the order they are created; each id is checked, so that an example
 * never silently names another record.
 */
final class ProcurementConformanceData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "projects-service/src/main/resources/seed/songjiang-zwfw-2026-budget.md";
    private static final String SEED_TITLE = "# 上海市松江区2026年区级部门预算";
    /** The same document ProviderConformanceIT imports for projects-service: imported again it answers 200. */
    private static final String NEXT_YEAR_TITLE = "# 上海市松江区2027年区级部门预算";

    private final RunningPlatform platform;

    private ProcurementConformanceData(RunningPlatform platform) {
        this.platform = platform;
    }

    static void load(RunningPlatform platform) throws IOException {
        new ProcurementConformanceData(platform).load();
    }

    private void load() throws IOException {
        importNextYearsBudgetDocument();
        created("procurement-budgets", Map.of("departmentCode", "SJZWFW", "fiscalYear", 2026), 1);

        supplier(1, "上海九峰数据服务有限公司", "91310117MA1FP4QX7G", "MEDIUM", contact("联系人", "021-57000000", null));
        supplier(2, "上海佘山公益服务有限公司", "91310117MABY6D9T41", "MICRO", contact("联系人", "021-57000000", null));
        supplier(3, "上海松江通信服务有限公司", "91310117MA1T6K8W3D", "LARGE", contact("联系人", "021-57000000", null));
        supplier(4, "上海泖港印务有限公司", "91310117MA1K4C8L31", "SMALL", null);
        supplier(5, "上海松江服饰有限公司", "91310117MA1J3B7K2M", "SMALL",
                contact("王经理", "021-57000000", "sales@example.cn"));

        plan(1, Map.of("projectId", 30, "title", "数据运营服务团队采购", "category", "SERVICES",
                "method", "PUBLIC_TENDER", "amount", money("6616000.00"), "smeReservation", "SHARE",
                "smeReservedAmount", money("1984800.00"), "smallMicroReservedAmount", money("1190880.00")));
        plan(2, Map.of("projectId", 17, "title", "政务云运营运维服务", "category", "SERVICES",
                "method", "PUBLIC_TENDER", "amount", money("6000000.00"), "smeReservation", "SHARE",
                "smeReservedAmount", money("1800000.00"), "smallMicroReservedAmount", money("1080000.00")));
        plan(3, Map.of("projectId", 1, "title", "政务服务中心窗口工作服采购", "category", "GOODS",
                "method", "REQUEST_FOR_QUOTATION", "amount", money("32775.00"), "smeReservation", "WHOLE"));
        plan(4, Map.of("projectId", 42, "title", "政务服务中心志愿者服务", "category", "SERVICES",
                "method", "COMPETITIVE_CONSULTATION", "amount", money("240000.00"), "smeReservation", "WHOLE"));
        for (int plan = 1; plan <= 3; plan++) {
            changeStatus("procurement-plans/" + plan, 0, Map.of("status", "APPROVED"));
            changeStatus("procurement-plans/" + plan, 1, Map.of("status", "TENDERING"));
        }

        for (int lot = 1; lot <= 6; lot++) {
            created("contracts", Map.of("planId", 1, "supplierId", 1, "title", "数据运营服务第" + lot + "包",
                    "value", money("100000.00"), "signedDate", "2026-02-20", "periodStart", "2026-03-01",
                    "periodEnd", "2026-12-31"), lot);
        }
        created("contracts", Map.of("planId", 3, "supplierId", 5, "title", "2026年窗口工作服定制合同",
                "value", money("31800.00"), "signedDate", "2026-03-02", "periodStart", "2026-03-02",
                "periodEnd", "2026-11-30", "paymentTermDays", 30, "latePaymentDailyRate", new BigDecimal("0.0005")), 7);
        changeStatus("contracts/5", 0, Map.of("status", "COMPLETED", "reason", "服务期满，终验通过"));
    }

    private void importNextYearsBudgetDocument() throws IOException {
        String seed = Files.readString(RunningPlatform.repositoryRoot().resolve(SEED), StandardCharsets.UTF_8);
        assertTrue(seed.contains(SEED_TITLE), "the seed has no title " + SEED_TITLE);
        As.role("admin", platform.projects()).contentType("text/markdown; charset=utf-8")
                .body(seed.replace(SEED_TITLE, NEXT_YEAR_TITLE))
                .post("/api/v1/budget-documents")
                .then().statusCode(anyOf(is(200), is(201)));
    }

    private void supplier(long id, String name, String creditCode, String size, Map<String, String> contact)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", name, "creditCode", creditCode, "size", size));
        if (contact != null) {
            body.put("contact", contact);
        }
        created("suppliers", body, id);
    }

    private void plan(long id, Map<String, Object> body) throws IOException {
        created("procurement-plans", body, id);
    }

    /** Creates a record and checks that it got the id the document's examples give it. */
    private void created(String collection, Map<String, Object> body, long expectedId)
            throws IOException {
        JsonNode answer = send("POST", collection, body, null, 201);
        assertEquals(expectedId, answer.path("id").asLong(), collection + ": the document's examples name "
                + expectedId + " but the service numbered it " + answer.path("id")
                + "; procurement-service must be fresh when its conformance test starts");
    }

    private void changeStatus(String record, long version, Map<String, Object> body)
            throws IOException {
        send("POST", record + "/status", body, "\"" + version + "\"", 200);
    }

    private JsonNode send(String method, String path, Object body, String ifMatch, int expected) throws IOException {
        RequestSpecification request = As.role("admin", platform.procurement()).body(JSON.writeValueAsString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return JSON.readTree(request.request(method, "/api/v1/" + path)
                .then().statusCode(expected).extract().asString());
    }

    private static Map<String, String> contact(String name, String phone, String email) {
        Map<String, String> contact = new LinkedHashMap<>();
        contact.put("name", name);
        contact.put("phone", phone);
        if (email != null) {
            contact.put("email", email);
        }
        return contact;
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
