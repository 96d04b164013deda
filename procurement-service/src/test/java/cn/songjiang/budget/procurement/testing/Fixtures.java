package cn.songjiang.budget.procurement.testing;

import cn.songjiang.budget.procurement.domain.CreditCode;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data made through the API (and the projects-service stub): every test makes its own department,
 * projects, suppliers, plans and contracts, so tests never see each other's figures.
 */
public final class Fixtures {

    public static final int YEAR = 2026;
    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000, 900_000) * 100);
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Fixtures() {
    }

    /** A department of the stub with its procurement budget created here; figures in 元. */
    public record Department(String code, int year, long budgetId) {
    }

    public static long next() {
        return SEQUENCE.incrementAndGet();
    }

    public static String newDepartmentCode() {
        return "T" + next();
    }

    /** Registers a department budget in the stub without creating the procurement budget here. */
    public static void stubDepartmentBudget(String code, String goods, String works, String services,
            String smeReserved, String smallMicroReserved) {
        BigDecimal total = new BigDecimal(goods).add(new BigDecimal(works)).add(new BigDecimal(services));
        StubControl.registerDepartmentBudget("""
                {"departmentCode": "%s", "fiscalYear": %d, "name": "测试部门",
                 "procurement": {"goods": %s, "works": %s, "services": %s, "total": %s,
                                 "smeReserved": %s, "smallMicroReserved": %s}}"""
                .formatted(code, YEAR, goods, works, services, total.toPlainString(), smeReserved, smallMicroReserved));
    }

    public static Department newDepartment(String goods, String works, String services, String smeReserved,
            String smallMicroReserved) {
        String code = newDepartmentCode();
        stubDepartmentBudget(code, goods, works, services, smeReserved, smallMicroReserved);
        long id = Api.as("admin").body(Map.of("departmentCode", code, "fiscalYear", YEAR))
                .post("/api/v1/procurement-budgets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return new Department(code, YEAR, id);
    }

    /** A department with room in every category: 100万 goods, 500万 works, 1,000万 services. */
    public static Department newDepartment() {
        return newDepartment("1000000.00", "5000000.00", "10000000.00", "3000000.00", "1800000.00");
    }

    /** A project of the department in the stub, with its effective budget in 元. */
    public static long newProject(Department department, String amount) {
        long id = next();
        StubControl.registerProject("""
                {"id": %d, "code": "SJZWFW-T-%d", "name": "测试项目%d", "fiscalYear": %d, "departmentCode": "%s",
                 "amount": %s, "statedAmount": %s,
                 "paymentTerms": {"kind": "INSTALLMENTS", "recurrence": null, "recurringItems": [],
                                  "installments": [{"sequence": 1, "percent": 30.00, "trigger": "CONTRACT_SIGNED"},
                                                   {"sequence": 2, "percent": 40.00, "trigger": "INITIAL_ACCEPTANCE"},
                                                   {"sequence": 3, "percent": 30.00, "trigger": "FINAL_ACCEPTANCE"}],
                                  "clauseText": "合同签订后支付30%%，项目初验通过后支付40%%，终验后支付30%%"}}"""
                .formatted(id, id, id, department.year(), department.code(), amount, amount));
        return id;
    }

    /** A project whose text states no payment schedule (按照合同约定支付). */
    public static long newProjectWithoutPaymentTerms(Department department, String amount) {
        long id = next();
        StubControl.registerProject("""
                {"id": %d, "code": "SJZWFW-T-%d", "name": "测试项目%d", "fiscalYear": %d, "departmentCode": "%s",
                 "amount": %s, "statedAmount": %s,
                 "paymentTerms": {"kind": "UNSPECIFIED", "recurrence": null, "installments": [], "recurringItems": [],
                                  "clauseText": "按照合同约定支付"}}"""
                .formatted(id, id, id, department.year(), department.code(), amount, amount));
        return id;
    }

    /** A valid 统一社会信用代码 no other test uses: an enterprise of Songjiang (310117) with a fresh identifier. */
    public static String newCreditCode() {
        StringBuilder code = new StringBuilder("91310117");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }

    public static long newSupplier(String size) {
        return Api.as("procurement").body(supplierBody(newCreditCode(), size)).post("/api/v1/suppliers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> supplierBody(String creditCode, String size) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "测试供应商" + next());
        body.put("creditCode", creditCode);
        body.put("size", size);
        body.put("contact", Map.of("name", "王经理", "phone", "021-57000000", "email", "sales@example.cn"));
        return body;
    }

    public static PlanBuilder plan(long projectId) {
        return new PlanBuilder(projectId);
    }

    public static ContractBuilder contract(long planId, long supplierId) {
        return new ContractBuilder(planId, supplierId);
    }

    /** Moves a DRAFT plan to APPROVED and TENDERING. */
    public static void toTendering(long planId) {
        moveTo(planId, "APPROVED");
        moveTo(planId, "TENDERING");
    }

    public static void moveTo(long planId, String status) {
        String etag = Api.as("procurement").get("/api/v1/procurement-plans/" + planId).then().statusCode(200)
                .extract().header("ETag");
        Api.as("procurement").header("If-Match", etag).body(Map.of("status", status, "reason", "测试"))
                .post("/api/v1/procurement-plans/" + planId + "/status").then().statusCode(200);
    }

    /** A procurement plan: services by public tender, not reserved, unless told otherwise. */
    public static final class PlanBuilder {
        private final Map<String, Object> body = new LinkedHashMap<>();

        PlanBuilder(long projectId) {
            body.put("projectId", projectId);
            body.put("title", "测试采购计划" + next());
            body.put("category", "SERVICES");
            body.put("method", "PUBLIC_TENDER");
            body.put("amount", new BigDecimal("100000.00"));
            body.put("smeReservation", "NONE");
        }

        public PlanBuilder category(String category) {
            body.put("category", category);
            return this;
        }

        public PlanBuilder method(String method) {
            body.put("method", method);
            return this;
        }

        public PlanBuilder amount(String amount) {
            body.put("amount", new BigDecimal(amount));
            return this;
        }

        public PlanBuilder whole() {
            body.put("smeReservation", "WHOLE");
            return this;
        }

        public PlanBuilder share(String smeReserved, String smallMicroReserved) {
            body.put("smeReservation", "SHARE");
            body.put("smeReservedAmount", new BigDecimal(smeReserved));
            body.put("smallMicroReservedAmount", new BigDecimal(smallMicroReserved));
            return this;
        }

        public PlanBuilder smallMicro(String amount) {
            body.put("smallMicroReservedAmount", new BigDecimal(amount));
            return this;
        }

        public PlanBuilder overrunReason(String reason) {
            body.put("categoryOverrunReason", reason);
            return this;
        }

        public PlanBuilder exemption(String reason) {
            body.put("smeExemptionReason", reason);
            return this;
        }

        public Map<String, Object> body() {
            return body;
        }

        public ValidatableResponse post(String role) {
            return Api.as(role).body(body).post("/api/v1/procurement-plans").then();
        }

        public long create() {
            return post("procurement").statusCode(201).extract().jsonPath().getLong("id");
        }

        public long createTendering() {
            long id = create();
            toTendering(id);
            return id;
        }
    }

    /** A contract: 100,000.00 元 signed 2026-03-02 for March to November, no term given, unless told otherwise. */
    public static final class ContractBuilder {
        private final Map<String, Object> body = new LinkedHashMap<>();

        ContractBuilder(long planId, long supplierId) {
            body.put("planId", planId);
            body.put("supplierId", supplierId);
            body.put("title", "测试合同" + next());
            body.put("value", new BigDecimal("100000.00"));
            body.put("signedDate", "2026-03-02");
            body.put("periodStart", "2026-03-02");
            body.put("periodEnd", "2026-11-30");
        }

        public ContractBuilder value(String value) {
            body.put("value", new BigDecimal(value));
            return this;
        }

        public ContractBuilder paymentTermDays(int days) {
            body.put("paymentTermDays", days);
            return this;
        }

        public ContractBuilder latePaymentDailyRate(String rate) {
            body.put("latePaymentDailyRate", new BigDecimal(rate));
            return this;
        }

        public ContractBuilder period(String start, String end) {
            body.put("periodStart", start);
            body.put("periodEnd", end);
            return this;
        }

        public ContractBuilder valueOverPlanReason(String reason) {
            body.put("valueOverPlanReason", reason);
            return this;
        }

        public ContractBuilder linkProjectPaymentTerms() {
            body.put("linkProjectPaymentTerms", true);
            return this;
        }

        /** Sets a field to any JSON value, including null or one of the wrong type. */
        public ContractBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public ValidatableResponse post(String role) {
            return Api.as(role).body(body).post("/api/v1/contracts").then();
        }

        public long create() {
            return post("procurement").statusCode(201).extract().jsonPath().getLong("id");
        }
    }
}
