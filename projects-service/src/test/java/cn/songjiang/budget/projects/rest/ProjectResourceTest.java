package cn.songjiang.budget.projects.rest;

import static cn.songjiang.budget.projects.rest.Api.PROBLEM_JSON;
import static cn.songjiang.budget.projects.rest.Api.SEED_DEPARTMENT;
import static cn.songjiang.budget.projects.rest.Api.SEED_YEAR;
import static cn.songjiang.budget.projects.rest.Api.as;
import static cn.songjiang.budget.projects.rest.Api.yuan;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/projects, /{id}, /{id}/payment-terms and /{id}/revisions on the seed document. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ProjectResourceTest {

    private static final String PROJECTS = "/api/v1/projects";
    private static Map<String, Long> ids;

    /** RestAssured knows the test port only per test, so the (idempotent) import runs before each. */
    @BeforeEach
    void importSeed() {
        Api.importDocument(Api.SEED);
        ids = Api.projectIds(SEED_DEPARTMENT, SEED_YEAR);
    }

    private static String code(int n) {
        return String.format("SJZWFW-2026-P%02d", n);
    }

    @Test
    void listsTheFortyThreeProjectsOfTheSeedInDocumentOrderPageByPage() {
        List<String> codes = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            codes.addAll(as("finance").queryParam("fiscalYear", SEED_YEAR).queryParam("departmentCode", SEED_DEPARTMENT)
                    .queryParam("page", page).queryParam("size", 20)
                    .when().get(PROJECTS)
                    .then().statusCode(200)
                    .body("page", equalTo(page)).body("size", equalTo(20))
                    .body("totalItems", equalTo(43)).body("totalPages", equalTo(3))
                    .extract().jsonPath().getList("items.code", String.class));
        }
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= 43; n++) {
            expected.add(code(n));
        }
        assertEquals(expected, codes);
    }

    @Test
    void filtersByNamePaymentTermKindAndAmount() {
        as("viewer").queryParam("fiscalYear", SEED_YEAR).queryParam("q", "旗舰店").when().get(PROJECTS)
                .then().statusCode(200).body("items.code", contains(code(40), code(41)));
        as("viewer").queryParam("fiscalYear", SEED_YEAR).queryParam("paymentTermKind", "LUMP_SUM").when().get(PROJECTS)
                .then().statusCode(200).body("items.code", contains(code(5), code(8), code(17), code(28)));
        as("viewer").queryParam("fiscalYear", SEED_YEAR).queryParam("paymentTermKind", "RECURRING").when().get(PROJECTS)
                .then().statusCode(200).body("items.code", contains(code(4), code(29), code(33), code(34), code(35)))
                .body("items.paymentTerms.recurrence", everyItem(equalTo("MONTHLY")));
        as("viewer").queryParam("fiscalYear", SEED_YEAR).queryParam("minAmount", "10000000.00").when().get(PROJECTS)
                .then().statusCode(200).body("items.code", contains(code(4), code(28)));
        as("viewer").queryParam("fiscalYear", SEED_YEAR).queryParam("maxAmount", "1000").when().get(PROJECTS)
                .then().statusCode(200).body("items.code", contains(code(7), code(40)))
                .body("items.amountAsWritten", contains("156.36元", "98.60元"));
        as("viewer").queryParam("fiscalYear", SEED_YEAR).queryParam("minAmount", "600000")
                .queryParam("maxAmount", "700000").when().get(PROJECTS)
                .then().statusCode(200).body("items.code", contains(code(41)));
        as("viewer").queryParam("fiscalYear", 1999).when().get(PROJECTS)
                .then().statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
        as("viewer").queryParam("minAmount", "2").queryParam("maxAmount", "1").when().get(PROJECTS)
                .then().statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void malformedFiltersAreBadRequests() {
        as("viewer").queryParam("paymentTermKind", "MONTHLY").when().get(PROJECTS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("paymentTermKind"));
        as("viewer").queryParam("minAmount", "lots").when().get(PROJECTS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("minAmount"));
        as("viewer").queryParam("maxAmount", "-1").when().get(PROJECTS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("maxAmount"));
        as("viewer").queryParam("minAmount", "1e5").when().get(PROJECTS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("minAmount"));
        as("viewer").queryParam("maxAmount", "1.005").when().get(PROJECTS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("maxAmount"));
        as("viewer").queryParam("size", 0).when().get(PROJECTS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("size"));
    }

    /** Malformed input the generated (negative) contract tests send: a 400 naming the parameter, never 404 or 5xx. */
    @Test
    void parametersOfTheWrongTypeOrSizeAreBadRequests() {
        as("viewer").queryParam("fiscalYear", "true").when().get(PROJECTS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("fiscalYear"));
        as("viewer").when().get(PROJECTS + "/seven")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("id"));
        as("viewer").queryParam("page", 4_294_968).queryParam("size", 500).when().get(PROJECTS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("page"));
        as("viewer").queryParam("page", 4_294_967).queryParam("size", 500).when().get(PROJECTS)
                .then().statusCode(200).body("items", hasSize(0));
        as("viewer").queryParam("q", "运".repeat(201)).when().get(PROJECTS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("q"));
        as("viewer").queryParam("q", "运".repeat(200)).when().get(PROJECTS)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void readsAProjectWithEverythingItStates() {
        as("pm").when().get(PROJECTS + "/" + ids.get(code(4)))
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("code", equalTo(code(4)))
                .body("sequence", equalTo(4))
                .body("name", equalTo("非编人员经费项目"))
                .body("fiscalYear", equalTo(2026))
                .body("departmentCode", equalTo("SJZWFW"))
                .body("amount", equalTo(yuan("12947800.00")))
                .body("statedAmount", equalTo(yuan("12947800.00")))
                .body("amountAsWritten", equalTo("1,294.78万元"))
                .body("amountLine", equalTo(469))
                .body("correction", nullValue())
                .body("breakdown.asWritten", contains("1,251.76万元", "35.52万元", "0.84万元", "6.66万元"))
                .body("breakdown[0].amount", equalTo(yuan("12517600.00")))
                .body("periodStart", equalTo("2026-01-01"))
                .body("periodEnd", equalTo("2026-12-31"))
                .body("implementingBody", equalTo("上海市松江区政务服务中心"))
                .body("overview", containsString("非编人员工资"))
                .body("legalBasis", containsString("沪松人社【2021】14号"))
                .body("planText", containsString("托幼费每季度报销一次"))
                .body("paymentTerms.kind", equalTo("RECURRING"))
                .body("paymentTerms.recurrence", equalTo("MONTHLY"))
                .body("paymentTerms.recurringItems.recurrence", contains("MONTHLY", "QUARTERLY", "MONTHLY", null))
                .body("targetCompletion", nullValue());
    }

    @Test
    void servesThePaymentTermsPaymentsServiceReads() {
        as("finance").when().get(PROJECTS + "/" + ids.get(code(11)) + "/payment-terms")
                .then().statusCode(200)
                .body("kind", equalTo("INSTALLMENTS"))
                .body("recurrence", nullValue())
                .body("installments.sequence", contains(1, 2, 3))
                .body("installments.percent", contains(yuan("30.00"), yuan("40.00"), yuan("30.00")))
                .body("installments.trigger", contains("CONTRACT_SIGNED", "FIXED_DATE", "FINAL_ACCEPTANCE"))
                .body("installments[1].dueDate", equalTo("2026-11-10"))
                .body("installments[1].clauseText", equalTo("11月上旬（财政关账前）支付40%"))
                .body("clauseText", equalTo("按工作内容实施项目采购，项目合同签订后，支付合同金额的30%，11月上旬（财政关账前）"
                        + "支付40%，结束服务期并通过验收后支付剩余的30%。"))
                .body("lines", contains(689));
        as("viewer").when().get(PROJECTS + "/" + ids.get(code(7)) + "/payment-terms")
                .then().statusCode(200)
                .body("installments.trigger", contains("SERVICE_ELAPSED", "SERVICE_ELAPSED", "FINAL_ACCEPTANCE"))
                .body("installments.serviceMonths", contains(1, 6, null));
        as("viewer").when().get(PROJECTS + "/" + ids.get(code(3)) + "/payment-terms")
                .then().statusCode(200).body("kind", equalTo("UNSPECIFIED")).body("installments", hasSize(0))
                .body("clauseText", containsString("按照合同约定和实际建设情况支付款项"));
    }

    @Test
    void theRevisionHistoryStartsWithTheImport() {
        as("viewer").when().get(PROJECTS + "/" + ids.get(code(40)) + "/revisions")
                .then().statusCode(200)
                .body("[0].change", equalTo("ADD"))
                .body("[0].amount", equalTo(yuan("98.60")))
                .body("[0].statedAmount", equalTo(yuan("98.60")))
                .body("[0].amountAsWritten", equalTo("98.60元"));
    }

    @Test
    void anUnknownProjectIsNotFound() {
        as("viewer").when().get(PROJECTS + "/999999").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("detail", equalTo("Project 999999 does not exist"));
        as("viewer").when().get(PROJECTS + "/999999/payment-terms").then().statusCode(404).contentType(PROBLEM_JSON);
        as("viewer").when().get(PROJECTS + "/999999/revisions").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void readingNeedsAToken() {
        Api.anonymous().when().get(PROJECTS).then().statusCode(401).contentType(PROBLEM_JSON);
        Api.anonymous().when().get(PROJECTS + "/" + ids.get(code(1))).then().statusCode(401);
        Api.anonymous().when().get(PROJECTS + "/" + ids.get(code(1)) + "/payment-terms").then().statusCode(401);
    }
}
