package cn.songjiang.budget.projects.rest;

import static cn.songjiang.budget.projects.rest.Api.PROBLEM_JSON;
import static cn.songjiang.budget.projects.rest.Api.as;
import static cn.songjiang.budget.projects.rest.Api.yuan;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Findings of an imported document and their resolution: nothing is corrected silently; an administrator's
 * correction with a reason changes the effective amount, and the stated amount and the history stay.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class FindingResourceTest {

    /** One document per concern, so no test depends on another's resolutions. */
    private static final int LIST_YEAR = 2034;
    private static final int RESOLVE_YEAR = 2037;
    private static final int ALL_RESOLVED_YEAR = 2038;
    private static final String REASON = "年度预算安排 omits 万: the 项目支出 and 绩效目标 totals reconcile with 万元";

    private static String findings(long documentId) {
        return "/api/v1/budget-documents/" + documentId + "/findings";
    }

    private static Map<String, Object> finding(JsonPath page, String code, String projectCode) {
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(f -> f.get("code").equals(code)
                        && (projectCode == null || projectCode.equals(f.get("projectCode"))))
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " in " + items));
    }

    private static JsonPath page(long documentId) {
        return as("viewer").when().get(findings(documentId)).then().statusCode(200).extract().jsonPath();
    }

    /** RestAssured knows the test port only per test, so the (idempotent) import runs before each. */
    @BeforeEach
    void importDocuments() {
        Api.importDocument(Api.seedForYear(LIST_YEAR));
        Api.importDocument(Api.seedForYear(RESOLVE_YEAR));
        Api.importDocument(Api.seedForYear(ALL_RESOLVED_YEAR));
    }

    @Test
    void theSeedRaisesTheFourFindingsOfItsTwoUnitErrorsWithLinesAndCause() {
        long documentId = Api.importDocument(Api.seedForYear(LIST_YEAR));
        as("viewer").when().get(findings(documentId))
                .then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.code", contains("PROJECT_AMOUNT_UNIT", "PROJECT_AMOUNT_UNIT",
                        "PROJECT_SUM_VS_PROJECT_EXPENDITURE", "PROJECT_SUM_VS_PERFORMANCE_TOTAL"))
                .body("items.status", contains("OPEN", "OPEN", "OPEN", "OPEN"))
                .body("items[2].declared", equalTo(yuan("76205501.91")))
                .body("items[2].computed", equalTo(yuan("73656156.87")))
                .body("items[2].difference", equalTo(yuan("2549345.04")))
                .body("items[2].lines", contains(176, 563, 1648))
                .body("items[2].likelyCause", containsString("万元 unit is missing"))
                .body("items[0].projectCode", equalTo("SJZWFW-" + LIST_YEAR + "-P07"))
                .body("items[0].suggestedAmount", equalTo(yuan("1563600.00")))
                .body("items[1].projectCode", equalTo("SJZWFW-" + LIST_YEAR + "-P40"))
                .body("items[1].suggestedAmount", equalTo(yuan("986000.00")));
        as("viewer").queryParam("status", "RESOLVED").when().get(findings(documentId))
                .then().statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
        as("viewer").queryParam("status", "DONE").when().get(findings(documentId))
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("status"));
    }

    @Test
    void aCorrectionChangesTheEffectiveAmountAndKeepsTheStatedOneAndTheHistory() {
        long documentId = Api.importDocument(Api.seedForYear(RESOLVE_YEAR));
        Map<String, Object> unit = finding(page(documentId), "PROJECT_AMOUNT_UNIT", "SJZWFW-" + RESOLVE_YEAR + "-P07");
        long findingId = ((Number) unit.get("id")).longValue();
        long projectId = ((Number) unit.get("projectId")).longValue();

        as("admin").contentType(ContentType.JSON)
                .body("{\"correctedAmount\": 1563600.00, \"reason\": \"" + REASON + "\"}")
                .when().post(findings(documentId) + "/" + findingId + "/resolution")
                .then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolution.correctedAmount", equalTo(yuan("1563600.00")))
                .body("resolution.reason", equalTo(REASON))
                .body("resolution.resolvedBy", equalTo("test-admin"))
                .body("declared", equalTo(yuan("156.36")));

        as("viewer").when().get("/api/v1/projects/" + projectId)
                .then().statusCode(200)
                .body("amount", equalTo(yuan("1563600.00")))
                .body("statedAmount", equalTo(yuan("156.36")))
                .body("amountAsWritten", equalTo("156.36元"))
                .body("correction.findingId", equalTo((int) findingId))
                .body("correction.reason", equalTo(REASON));

        as("viewer").when().get("/api/v1/projects/" + projectId + "/revisions")
                .then().statusCode(200)
                .body("change", contains("ADD", "MOD"))
                .body("amount", contains(yuan("156.36"), yuan("1563600.00")))
                .body("statedAmount", contains(yuan("156.36"), yuan("156.36")))
                .body("changedBy", contains("test-admin", "test-admin"))
                .body("[1].correctionReason", equalTo(REASON));

        as("viewer").when().get(findings(documentId) + "/" + findingId + "/revisions")
                .then().statusCode(200)
                .body("status", contains("OPEN", "RESOLVED"))
                .body("[1].resolvedAmount", equalTo(yuan("1563600.00")))
                .body("[1].resolutionReason", equalTo(REASON));

        as("admin").contentType(ContentType.JSON).body("{\"correctedAmount\": 1.00, \"reason\": \"again\"}")
                .when().post(findings(documentId) + "/" + findingId + "/resolution")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:budget:problem:finding-already-resolved"));
    }

    @Test
    void resolvingTheProjectFindingsMakesTheProjectsSumToTheDeclaredTotals() {
        long documentId = Api.importDocument(Api.seedForYear(ALL_RESOLVED_YEAR));
        JsonPath open = page(documentId);
        for (String code : List.of("P07", "P40")) {
            Map<String, Object> f = finding(open, "PROJECT_AMOUNT_UNIT", "SJZWFW-" + ALL_RESOLVED_YEAR + "-" + code);
            as("admin").contentType(ContentType.JSON)
                    .body(Map.of("correctedAmount", f.get("suggestedAmount"), "reason", REASON))
                    .when().post(findings(documentId) + "/" + f.get("id") + "/resolution")
                    .then().statusCode(200);
        }
        for (String code : List.of("PROJECT_SUM_VS_PROJECT_EXPENDITURE", "PROJECT_SUM_VS_PERFORMANCE_TOTAL")) {
            as("admin").contentType(ContentType.JSON).body("{\"reason\": \"explained by the P07 and P40 corrections\"}")
                    .when().post(findings(documentId) + "/" + finding(open, code, null).get("id") + "/resolution")
                    .then().statusCode(200).body("status", equalTo("RESOLVED"))
                    .body("resolution.correctedAmount", nullValue());
        }
        List<BigDecimal> amounts = as("viewer").queryParam("fiscalYear", ALL_RESOLVED_YEAR).queryParam("size", 100)
                .when().get("/api/v1/projects")
                .then().statusCode(200).body("totalItems", equalTo(43))
                .extract().jsonPath().getList("items.amount", BigDecimal.class);
        BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(yuan("76205501.91"), sum);
        as("viewer").when().get("/api/v1/departments/SJZWFW/budgets/" + ALL_RESOLVED_YEAR)
                .then().statusCode(200)
                .body("projects.statedSum", equalTo(yuan("73656156.87")))
                .body("projects.effectiveSum", equalTo(yuan("76205501.91")))
                .body("projects.openFindings", equalTo(0))
                .body("expenditure.project", equalTo(yuan("76205501.91")))
                .body("performanceSummary.total", equalTo(yuan("76205501.91")));
    }

    @Test
    void aCorrectedAmountNeedsAFindingAboutOneProject() {
        long documentId = Api.importDocument(Api.seedForYear(LIST_YEAR));
        Object sumId = finding(page(documentId), "PROJECT_SUM_VS_PROJECT_EXPENDITURE", null).get("id");
        as("admin").contentType(ContentType.JSON).body("{\"correctedAmount\": 100.00, \"reason\": \"x\"}")
                .when().post(findings(documentId) + "/" + sumId + "/resolution")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("rule", equalTo("correction-needs-a-project-finding"))
                .body("violations[0].field", equalTo("correctedAmount"));
        as("viewer").when().get(findings(documentId) + "/" + sumId)
                .then().statusCode(200).body("status", equalTo("OPEN")).body("resolution", nullValue());
    }

    @Test
    void aResolutionNeedsAReasonAndAValidAmount() {
        long documentId = Api.importDocument(Api.seedForYear(LIST_YEAR));
        Object id = finding(page(documentId), "PROJECT_AMOUNT_UNIT", null).get("id");
        String url = findings(documentId) + "/" + id + "/resolution";
        as("admin").contentType(ContentType.JSON).body("{\"correctedAmount\": 1563600.00}").when().post(url)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("reason"));
        as("admin").contentType(ContentType.JSON).body("{\"correctedAmount\": -1.00, \"reason\": \"x\"}").when().post(url)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("correctedAmount"));
        as("admin").contentType(ContentType.JSON).body("{\"correctedAmount\": 1.001, \"reason\": \"x\"}").when().post(url)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("correctedAmount"));
        as("viewer").when().get(findings(documentId) + "/" + id).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void onlyAnAdministratorResolves() {
        long documentId = Api.importDocument(Api.seedForYear(LIST_YEAR));
        Object id = finding(page(documentId), "PROJECT_AMOUNT_UNIT", null).get("id");
        String url = findings(documentId) + "/" + id + "/resolution";
        for (String role : new String[] {"pm", "procurement", "finance", "viewer"}) {
            as(role).contentType(ContentType.JSON).body("{\"correctedAmount\": 1563600.00, \"reason\": \"x\"}")
                    .when().post(url).then().statusCode(403).contentType(PROBLEM_JSON);
        }
        Api.anonymous().contentType(ContentType.JSON).body("{\"reason\": \"x\"}").when().post(url)
                .then().statusCode(401).contentType(PROBLEM_JSON);
        Api.anonymous().when().get(findings(documentId)).then().statusCode(401);
    }

    @Test
    void unknownDocumentsAndFindingsAreNotFound() {
        long documentId = Api.importDocument(Api.seedForYear(LIST_YEAR));
        long otherDocument = Api.importDocument(Api.seedForYear(RESOLVE_YEAR));
        Object foreign = finding(page(otherDocument), "PROJECT_AMOUNT_UNIT", null).get("id");
        as("viewer").when().get(findings(999999)).then().statusCode(404).contentType(PROBLEM_JSON);
        as("viewer").when().get(findings(documentId) + "/999999").then().statusCode(404).contentType(PROBLEM_JSON);
        as("viewer").when().get(findings(documentId) + "/" + foreign).then().statusCode(404);
        as("admin").contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .when().post(findings(documentId) + "/" + foreign + "/resolution").then().statusCode(404);
        as("viewer").when().get(findings(documentId) + "/" + finding(page(documentId), "PROJECT_AMOUNT_UNIT", null)
                .get("id")).then().statusCode(200).body("likelyCause", notNullValue());
    }
}
