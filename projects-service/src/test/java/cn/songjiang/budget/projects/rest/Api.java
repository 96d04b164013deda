package cn.songjiang.budget.projects.rest;

import static io.restassured.RestAssured.given;

import cn.songjiang.budget.support.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Requests as a role, the seed document (and variants of it for other fiscal years), and their import. */
final class Api {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String MARKDOWN = "text/markdown; charset=utf-8";
    static final String SEED_DEPARTMENT = "SJZWFW";
    static final int SEED_YEAR = 2026;
    static final String SEED = load("/seed/songjiang-zwfw-2026-budget.md");
    private static final String SEED_TITLE = "# 上海市松江区2026年区级部门预算";

    /** Decimals are read as BigDecimal, never float: amounts are compared to the fen. */
    private static RestAssuredConfig config() {
        return RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private Api() {
    }

    static RequestSpecification as(String role) {
        return given().config(config()).auth().oauth2(TestTokens.forRole(role));
    }

    static RequestSpecification anonymous() {
        return given().config(config());
    }

    /** The seed document re-titled for another fiscal year, so a test imports a document nobody else has. */
    static String seedForYear(int year) {
        if (!SEED.contains(SEED_TITLE)) {
            throw new IllegalStateException("seed title not found");
        }
        return SEED.replace(SEED_TITLE, "# 上海市松江区" + year + "年区级部门预算");
    }

    /** Imports a document as admin (201 the first time, 200 after) and returns its id. */
    static long importDocument(String text) {
        var response = as("admin").contentType(MARKDOWN).body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/budget-documents")
                .then().extract();
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new AssertionError("import answered " + response.statusCode() + ": " + response.asString());
        }
        return response.jsonPath().getLong("id");
    }

    /** Project ids by code of one department and year. */
    static Map<String, Long> projectIds(String department, int year) {
        List<Map<String, Object>> items = as("viewer").queryParam("fiscalYear", year)
                .queryParam("departmentCode", department).queryParam("size", 100)
                .when().get("/api/v1/projects")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Long> ids = new HashMap<>();
        items.forEach(i -> ids.put((String) i.get("code"), ((Number) i.get("id")).longValue()));
        return ids;
    }

    static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    private static String load(String resource) {
        try (InputStream in = Api.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
