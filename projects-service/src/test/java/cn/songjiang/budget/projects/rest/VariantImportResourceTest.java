package cn.songjiang.budget.projects.rest;

import static cn.songjiang.budget.projects.rest.Api.MARKDOWN;
import static cn.songjiang.budget.projects.rest.Api.PROBLEM_JSON;
import static cn.songjiang.budget.projects.rest.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.songjiang.budget.projects.service.importing.SeedVariants;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/budget-documents with the seed as other publishers write it: full-width figures, western
 * punctuation and pipe tables import as the seed; a department nobody configured imports with departmentCode.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class VariantImportResourceTest {

    private static final String DOCUMENTS = "/api/v1/budget-documents";
    private static final int VARIANT_YEAR = 2051;
    private static final String OTHER_NAME = "上海市松江区数据局";
    private static final String OTHER_CODE = "SJSJJ";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String otherDepartment(int year) {
        return SeedVariants.otherDepartment(Api.seedForYear(year), OTHER_NAME);
    }

    @Test
    void aSeedWrittenWithFullWidthFiguresWesternPunctuationAndPipeTablesImportsAsTheSeed() {
        String text = SeedVariants.halfWidthPunctuation(SeedVariants.fullWidthDigits(
                SeedVariants.pipeTables(Api.seedForYear(VARIANT_YEAR), true)));
        as("admin").contentType(MARKDOWN).body(utf8(text)).when().post(DOCUMENTS)
                .then().statusCode(201)
                .body("departmentCode", equalTo("SJZWFW"))
                .body("projectCount", equalTo(43))
                .body("findingCount", equalTo(4));
        long p11 = Api.projectIds("SJZWFW", VARIANT_YEAR).get("SJZWFW-" + VARIANT_YEAR + "-P11");
        as("viewer").when().get("/api/v1/projects/" + p11 + "/payment-terms")
                .then().statusCode(200)
                .body("kind", equalTo("INSTALLMENTS"))
                .body("installments[1].percent", equalTo(new BigDecimal("40.00")))
                .body("installments[1].trigger", equalTo("FIXED_DATE"))
                .body("installments[1].dueDate", equalTo(VARIANT_YEAR + "-11-10"))
                .body("installments[1].clauseText", equalTo("１１月上旬(财政关账前)支付４０％"));
    }

    @Test
    void aDepartmentNobodyConfiguredImportsWithTheCodeNamedAndKeepsIt() {
        int year = VARIANT_YEAR + 1;
        as("admin").contentType(MARKDOWN).queryParam("departmentCode", OTHER_CODE).body(utf8(otherDepartment(year)))
                .when().post(DOCUMENTS)
                .then().statusCode(201)
                .body("departmentCode", equalTo(OTHER_CODE))
                .body("projectCount", equalTo(43))
                .body("findingCount", equalTo(4));
        as("viewer").queryParam("departmentCode", OTHER_CODE).queryParam("fiscalYear", year).when().get("/api/v1/projects")
                .then().statusCode(200).body("totalItems", equalTo(43))
                .body("items[0].code", equalTo(OTHER_CODE + "-" + year + "-P01"));
        as("viewer").when().get("/api/v1/departments/" + OTHER_CODE + "/budgets/" + year)
                .then().statusCode(200).body("departmentName", equalTo(OTHER_NAME));
    }

    @Test
    void aDepartmentNobodyConfiguredWithoutACodeIsRefusedNamingTheLineAndWhatToDo() {
        as("admin").contentType(MARKDOWN).body(utf8(otherDepartment(VARIANT_YEAR + 2))).when().post(DOCUMENTS)
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("line " + SeedVariants.DEPARTMENT_LINE))
                .body("violations[0].reason", containsString("unknown department '" + OTHER_NAME + "'"))
                .body("violations[0].reason", containsString("name its code with the import (departmentCode=…)"));
    }

    @Test
    void aMalformedDepartmentCodeIsABadRequest() {
        as("admin").contentType(MARKDOWN).queryParam("departmentCode", "sj-1").body(utf8(otherDepartment(VARIANT_YEAR + 3)))
                .when().post(DOCUMENTS)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("departmentCode"));
    }

    @Test
    void aCodeThatContradictsTheConfigurationIsRefused() {
        as("admin").contentType(MARKDOWN).queryParam("departmentCode", OTHER_CODE)
                .body(utf8(Api.seedForYear(VARIANT_YEAR + 4))).when().post(DOCUMENTS)
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("line " + SeedVariants.DEPARTMENT_LINE))
                .body("violations[0].reason", containsString("has the code SJZWFW, not " + OTHER_CODE));
    }

    @Test
    void aCodeAlreadyImportedForAnotherDepartmentIsRefused() {
        String elsewhere = SeedVariants.otherDepartment(Api.seedForYear(VARIANT_YEAR + 5), "上海市松江区某某局");
        as("admin").contentType(MARKDOWN).queryParam("departmentCode", "SJMMJ").body(utf8(elsewhere))
                .when().post(DOCUMENTS).then().statusCode(201);
        String another = SeedVariants.otherDepartment(Api.seedForYear(VARIANT_YEAR + 6), "上海市松江区另一局");
        as("admin").contentType(MARKDOWN).queryParam("departmentCode", "SJMMJ").body(utf8(another))
                .when().post(DOCUMENTS)
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("departmentCode"))
                .body("violations[0].reason", containsString("department '上海市松江区某某局' was imported as SJMMJ"));
        as("admin").contentType(MARKDOWN).queryParam("departmentCode", "SJLYJ").body(utf8(elsewhere))
                .when().post(DOCUMENTS)
                .then().statusCode(422)
                .body("violations[0].field", equalTo("departmentCode"))
                .body("violations[0].reason", containsString("was imported as SJMMJ"));
    }
}
