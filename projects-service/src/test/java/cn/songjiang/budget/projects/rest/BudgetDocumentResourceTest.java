package cn.songjiang.budget.projects.rest;

import static cn.songjiang.budget.projects.rest.Api.MARKDOWN;
import static cn.songjiang.budget.projects.rest.Api.PROBLEM_JSON;
import static cn.songjiang.budget.projects.rest.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** POST /api/v1/budget-documents: whole or nothing, idempotent by content, refusals with line and reason. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BudgetDocumentResourceTest {

    private static final String DOCUMENTS = "/api/v1/budget-documents";
    private static final int FRESH_YEAR = 2031;
    private static final int UNPARSABLE_YEAR = 2032;
    private static final int CONFLICT_YEAR = 2033;
    private static final int CRLF_YEAR = 2036;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importingADocumentCreatesItAndImportingItAgainAnswersTheEarlierImport() {
        String text = Api.seedForYear(FRESH_YEAR);
        var created = as("admin").contentType(MARKDOWN).body(utf8(text)).when().post(DOCUMENTS)
                .then().statusCode(201)
                .body("departmentCode", equalTo("SJZWFW"))
                .body("fiscalYear", equalTo(FRESH_YEAR))
                .body("title", equalTo("上海市松江区" + FRESH_YEAR + "年区级部门预算"))
                .body("projectCount", equalTo(43))
                .body("findingCount", equalTo(4))
                .body("openFindingCount", equalTo(4))
                .body("contentHash", matchesPattern("^[0-9a-f]{64}$"))
                .body("importedBy", equalTo("test-admin"))
                .extract();
        long id = created.jsonPath().getLong("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith(DOCUMENTS + "/" + id));
        as("admin").contentType(MARKDOWN).body(utf8(text)).when().post(DOCUMENTS)
                .then().statusCode(200).body("id", equalTo((int) id)).body("projectCount", equalTo(43));
        as("viewer").queryParam("fiscalYear", FRESH_YEAR).when().get("/api/v1/projects")
                .then().statusCode(200).body("totalItems", equalTo(43));
        as("viewer").queryParam("fiscalYear", FRESH_YEAR).when().get(DOCUMENTS)
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) id));
    }

    @Test
    void theSameTextWithOtherLineEndingsIsTheSameDocument() {
        String text = Api.seedForYear(CRLF_YEAR);
        long id = Api.importDocument(text);
        as("admin").contentType("text/plain; charset=utf-8").body(utf8("\uFEFF" + text.replace("\n", "\r\n")))
                .when().post(DOCUMENTS)
                .then().statusCode(200).body("id", equalTo((int) id));
        as("viewer").queryParam("fiscalYear", CRLF_YEAR).when().get("/api/v1/projects")
                .then().statusCode(200).body("totalItems", equalTo(43));
    }

    @Test
    void aTruncatedDocumentIsRefusedWithLineAndReasonAndNothingIsStored() {
        String[] lines = Api.seedForYear(UNPARSABLE_YEAR).split("\n", -1);
        String truncated = String.join("\n", Arrays.copyOfRange(lines, 0, 890));
        as("admin").contentType(MARKDOWN).body(utf8(truncated)).when().post(DOCUMENTS)
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:budget:problem:unparsable-document"))
                .body("rule", equalTo("budget-document-must-parse"))
                .body("detail", startsWith("line 871: project SJZWFW-" + UNPARSABLE_YEAR + "-P17"))
                .body("violations[0].field", equalTo("line 871"))
                .body("violations[0].reason", containsString("may be truncated"));
        as("viewer").when().get("/api/v1/departments/SJZWFW/budgets/" + UNPARSABLE_YEAR).then().statusCode(404);
        as("viewer").queryParam("fiscalYear", UNPARSABLE_YEAR).when().get("/api/v1/projects")
                .then().statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
        as("viewer").queryParam("fiscalYear", UNPARSABLE_YEAR).when().get(DOCUMENTS)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aProjectWithoutAnAmountIsRefused() {
        String text = Api.seedForYear(UNPARSABLE_YEAR).replace("预算安排金额为37.90万元", "预算安排待定");
        as("admin").contentType(MARKDOWN).body(utf8(text)).when().post(DOCUMENTS)
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("line 365"))
                .body("violations[0].reason", containsString("states no amount"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
        byte[] gbk = Api.seedForYear(UNPARSABLE_YEAR).getBytes(Charset.forName("GB18030"));
        as("admin").contentType(MARKDOWN).body(gbk).when().post(DOCUMENTS)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("line 3"))
                .body("violations[0].reason", containsString("not valid UTF-8"));
    }

    @Test
    void anEmptyBodyIsRefused() {
        as("admin").contentType(MARKDOWN).body(new byte[0]).when().post(DOCUMENTS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("body"));
    }

    @Test
    void aDocumentLongerThanTheDeclaredLimitIsRefused() {
        String tooLong = "#".repeat(699_051);
        as("admin").contentType(MARKDOWN).body(utf8(tooLong)).when().post(DOCUMENTS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("body"));
        as("admin").contentType(MARKDOWN).body(utf8(tooLong.substring(1))).when().post(DOCUMENTS)
                .then().statusCode(422).contentType(PROBLEM_JSON);
    }

    @Test
    void jsonIsNotADocument() {
        as("admin").contentType(ContentType.JSON).body("{\"text\": \"# 上海市松江区2026年区级部门预算\"}")
                .when().post(DOCUMENTS)
                .then().statusCode(415).contentType(PROBLEM_JSON);
    }

    @Test
    void aDifferentDocumentForAnImportedDepartmentAndYearIsAConflict() {
        String first = Api.seedForYear(CONFLICT_YEAR);
        Api.importDocument(first);
        String revised = first.replace("全年预计发放26000套左右", "全年预计发放27000套左右");
        as("admin").contentType(MARKDOWN).body(utf8(revised)).when().post(DOCUMENTS)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:budget:problem:budget-already-imported"));
    }

    @Test
    void onlyAnAdministratorImports() {
        for (String role : new String[] {"pm", "procurement", "finance", "viewer"}) {
            as(role).contentType(MARKDOWN).body(utf8(Api.seedForYear(FRESH_YEAR))).when().post(DOCUMENTS)
                    .then().statusCode(403).contentType(PROBLEM_JSON);
        }
        Api.anonymous().contentType(MARKDOWN).body(utf8(Api.SEED)).when().post(DOCUMENTS)
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void aDocumentIsReadByIdAndAnUnknownIdIsNotFound() {
        long id = Api.importDocument(Api.SEED);
        as("viewer").when().get(DOCUMENTS + "/" + id)
                .then().statusCode(200).body("id", equalTo((int) id)).body("fiscalYear", equalTo(2026))
                .body("projectCount", equalTo(43));
        as("viewer").when().get(DOCUMENTS + "/999999").then().statusCode(404).contentType(PROBLEM_JSON);
        Api.anonymous().when().get(DOCUMENTS + "/" + id).then().statusCode(401);
    }
}
