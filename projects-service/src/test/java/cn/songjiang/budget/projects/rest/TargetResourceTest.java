package cn.songjiang.budget.projects.rest;

import static cn.songjiang.budget.projects.rest.Api.PROBLEM_JSON;
import static cn.songjiang.budget.projects.rest.Api.as;
import static cn.songjiang.budget.projects.rest.Api.yuan;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The indicator tree of a project, target changes by project managers, actuals and completion. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TargetResourceTest {

    private static final int YEAR = 2035;
    private static final String SATISFACTION = """
            {"level1": "SATISFACTION", "level2": "SERVICE_RECIPIENT_SATISFACTION", "name": "委办局用户满意度",
             "comparator": "GE", "value": 90, "unit": "%"}""";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static Map<String, Long> ids;

    @Inject
    Clock clock;

    /** RestAssured knows the test port only per test, so the (idempotent) import runs before each. */
    @BeforeEach
    void importDocument() {
        Api.importDocument(Api.seedForYear(YEAR));
        ids = Api.projectIds("SJZWFW", YEAR);
    }

    private static String targets(int project) {
        return "/api/v1/projects/" + ids.get(String.format("SJZWFW-%d-P%02d", YEAR, project)) + "/targets";
    }

    private static long create(int project, String body) {
        return as("pm").contentType(ContentType.JSON).body(body).when().post(targets(project))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theTreePlacesTheTargetsTheTextStates() {
        as("viewer").when().get(targets(27))
                .then().statusCode(200)
                .body("projectCode", equalTo("SJZWFW-" + YEAR + "-P27"))
                .body("targetCount", equalTo(1))
                .body("targetCompletion", nullValue())
                .body("levels[0].level1", equalTo("OUTPUT"))
                .body("levels[0].label", equalTo("产出指标"))
                .body("levels[0].children[0].level2", equalTo("QUANTITY"))
                .body("levels[0].children[0].targets[0].name", equalTo("覆盖村居委会网点数"))
                .body("levels[0].children[0].targets[0].comparator", equalTo("EQ"))
                .body("levels[0].children[0].targets[0].value", equalTo(yuan("406.0000")))
                .body("levels[0].children[0].targets[0].origin", equalTo("DOCUMENT"))
                .body("levels[0].children[0].targets[0].sourceLine", equalTo(1203))
                .body("levels[0].children[0].targets[0].latestActual", nullValue());
        as("viewer").when().get(targets(12)).then().statusCode(200)
                .body("targetCount", equalTo(0)).body("levels", hasSize(0));
    }

    @Test
    void anActualGivesTheTargetItsCompletionAndTheProjectItsAverage() {
        var tree = as("viewer").when().get(targets(30)).then().statusCode(200).extract().jsonPath();
        long staff = tree.getLong("levels[0].children.find { it.level2 == 'QUANTITY' }.targets[0].id");
        long incidents = tree.getLong("levels[0].children.find { it.level2 == 'QUALITY' }.targets[0].id");
        as("pm").contentType(ContentType.JSON).body("{\"value\": 22, \"observedOn\": \"2026-03-31\", \"note\": \"考勤表\"}")
                .when().post(targets(30) + "/" + staff + "/observations")
                .then().statusCode(201).body("value", equalTo(yuan("22.0000"))).body("recordedBy", equalTo("test-pm"));
        as("pm").contentType(ContentType.JSON).body("{\"value\": 20, \"observedOn\": \"2026-04-30\"}")
                .when().post(targets(30) + "/" + staff + "/observations").then().statusCode(201);
        as("pm").contentType(ContentType.JSON).body("{\"value\": 0, \"observedOn\": \"2026-04-30\"}")
                .when().post(targets(30) + "/" + incidents + "/observations").then().statusCode(201);

        as("viewer").when().get(targets(30) + "/" + staff)
                .then().statusCode(200)
                .body("latestActual.value", equalTo(yuan("20.0000")))
                .body("latestActual.observedOn", equalTo("2026-04-30"))
                .body("completionRatio", equalTo(yuan("0.9524")));
        as("viewer").when().get(targets(30))
                .then().statusCode(200).body("targetCompletion", equalTo(yuan("0.9762")));
        as("viewer").when().get("/api/v1/projects/" + ids.get("SJZWFW-" + YEAR + "-P30"))
                .then().statusCode(200).body("targetCompletion", equalTo(yuan("0.9762")));
        as("viewer").queryParam("fiscalYear", YEAR).queryParam("q", "数据运营服务").when().get("/api/v1/projects")
                .then().statusCode(200).body("items[0].targetCompletion", equalTo(yuan("0.9762")));
        as("viewer").when().get(targets(30) + "/" + staff + "/observations")
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.observedOn", contains("2026-04-30", "2026-03-31"));
    }

    @Test
    void aDeadlineIsMetWhenReachedOnOrBeforeItsDate() {
        long deadline = create(1, """
                {"level1": "OUTPUT", "level2": "TIMELINESS", "name": "工作服发放完成时间", "comparator": "LE",
                 "deadline": "2026-11-30"}""");
        as("pm").contentType(ContentType.JSON).body("{\"observedOn\": \"2026-01-20\"}")
                .when().post(targets(1) + "/" + deadline + "/observations").then().statusCode(201);
        as("viewer").when().get(targets(1) + "/" + deadline)
                .then().statusCode(200).body("completionRatio", equalTo(yuan("1.0000")));
    }

    @Test
    void aProjectManagerAddsChangesAndRemovesATargetWithIfMatch() {
        var created = as("pm").contentType(ContentType.JSON).body(SATISFACTION).when().post(targets(31))
                .then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", equalTo("\"0\""))
                .body("origin", equalTo("MANUAL"))
                .body("level2", equalTo("SERVICE_RECIPIENT_SATISFACTION"))
                .body("value", equalTo(yuan("90.0000")))
                .extract();
        String url = created.header("Location");
        String raised = SATISFACTION.replace("\"value\": 90", "\"value\": 95");

        as("pm").contentType(ContentType.JSON).body(raised).when().put(url)
                .then().statusCode(428).contentType(PROBLEM_JSON);
        as("pm").contentType(ContentType.JSON).header("If-Match", "\"7\"").body(raised).when().put(url)
                .then().statusCode(412).contentType(PROBLEM_JSON);
        as("pm").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(raised).when().put(url)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("value", equalTo(yuan("95.0000")));
        as("viewer").when().get(url + "/revisions")
                .then().statusCode(200).body("change", contains("ADD", "MOD"))
                .body("value", contains(yuan("90.0000"), yuan("95.0000")));
        as("viewer").when().get(targets(31)).then().statusCode(200)
                .body("levels.level1", hasItem("SATISFACTION"));

        as("pm").header("If-Match", "\"0\"").when().delete(url).then().statusCode(412);
        as("pm").when().delete(url).then().statusCode(428);
        as("pm").header("If-Match", "\"1\"").when().delete(url).then().statusCode(204);
        as("viewer").when().get(url).then().statusCode(404).contentType(PROBLEM_JSON);
        as("viewer").when().get(url + "/revisions")
                .then().statusCode(200).body("change", contains("ADD", "MOD", "DEL"));
    }

    @Test
    void theIndicatorTreeRulesAreEnforced() {
        as("pm").contentType(ContentType.JSON).body("""
                {"level1": "BENEFIT", "level2": "QUANTITY", "name": "x", "comparator": "GE", "value": 1, "unit": "个"}""")
                .when().post(targets(31))
                .then().statusCode(422).contentType(PROBLEM_JSON).body("rule", equalTo("indicator-level-mismatch"));
        as("pm").contentType(ContentType.JSON).body("""
                {"level1": "OUTPUT", "level2": "QUALITY", "name": "x", "comparator": "QUALITATIVE", "value": 1}""")
                .when().post(targets(31))
                .then().statusCode(422).body("rule", equalTo("qualitative-target-has-no-value"));
        as("pm").contentType(ContentType.JSON).body("""
                {"level1": "OUTPUT", "level2": "QUALITY", "name": "x", "comparator": "GE"}""")
                .when().post(targets(31))
                .then().statusCode(422).body("rule", equalTo("target-needs-value-or-deadline"));
        as("pm").contentType(ContentType.JSON).body("""
                {"level1": "OUTPUT", "level2": "TIMELINESS", "name": "x", "comparator": "GE", "deadline": "2026-10-31"}""")
                .when().post(targets(31))
                .then().statusCode(422).body("rule", equalTo("deadline-target-is-le"));
        as("pm").contentType(ContentType.JSON).body("""
                {"level1": "OUTPUT", "level2": "NUMBER", "name": "x", "comparator": "GE", "value": 1}""")
                .when().post(targets(31))
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("level2"));
        as("pm").contentType(ContentType.JSON).body("""
                {"level1": "OUTPUT", "level2": "QUANTITY", "name": "", "comparator": "GE", "value": -1}""")
                .when().post(targets(31))
                .then().statusCode(400).body("violations", hasSize(2));
    }

    /** Malformed input the generated (negative) contract tests send: a 400, never a success or a 5xx. */
    @Test
    void valuesOfTheWrongJsonTypeAndOverlongETagsAreBadRequests() {
        long id = create(31, SATISFACTION.replace("委办局用户满意度", "热线满意度"));
        String url = targets(31) + "/" + id;
        as("pm").contentType(ContentType.JSON).body(SATISFACTION.replace("\"委办局用户满意度\"", "42"))
                .when().post(targets(31)).then().statusCode(400).body("violations[0].field", equalTo("name"));
        as("pm").contentType(ContentType.JSON).body(SATISFACTION.replace("\"%\"", "true"))
                .when().post(targets(31)).then().statusCode(400).body("violations[0].field", equalTo("unit"));
        as("pm").contentType(ContentType.JSON).body(SATISFACTION.replace("}", ", \"approximate\": 1}"))
                .when().post(targets(31)).then().statusCode(400).body("violations[0].field", equalTo("approximate"));
        as("pm").contentType(ContentType.JSON).body("{\"value\": 90, \"observedOn\": 20000}")
                .when().post(url + "/observations").then().statusCode(400).body("violations[0].field", equalTo("observedOn"));
        as("pm").contentType(ContentType.JSON).header("If-Match", "\"" + "0".repeat(22) + "\"").body(SATISFACTION)
                .when().put(url).then().statusCode(400).body("violations[0].field", equalTo("If-Match"));
        as("pm").header("If-Match", "W/\"0\"").when().delete(url).then().statusCode(204);
    }

    @Test
    void anActualMustFitItsTarget() {
        long staff = as("viewer").when().get(targets(31)).then().statusCode(200).extract().jsonPath()
                .getLong("levels[0].children.find { it.level2 == 'QUANTITY' }.targets[0].id");
        String url = targets(31) + "/" + staff + "/observations";
        as("pm").contentType(ContentType.JSON).body("{\"value\": 4, \"observedOn\": \"" + LocalDate.now().plusDays(2) + "\"}")
                .when().post(url).then().statusCode(422).body("rule", equalTo("observation-not-in-future"));
        as("pm").contentType(ContentType.JSON).body("{\"observedOn\": \"2026-02-01\"}")
                .when().post(url).then().statusCode(422).body("rule", equalTo("observation-needs-value"));
        as("pm").contentType(ContentType.JSON).body("{\"value\": 4}")
                .when().post(url).then().statusCode(400).body("violations[0].field", equalTo("observedOn"));
        long qualitative = create(31, """
                {"level1": "BENEFIT", "level2": "SOCIAL_BENEFIT", "name": "网络运行保障", "comparator": "QUALITATIVE"}""");
        as("pm").contentType(ContentType.JSON).body("{\"value\": 1.5, \"observedOn\": \"2026-02-01\"}")
                .when().post(targets(31) + "/" + qualitative + "/observations")
                .then().statusCode(422).body("rule", equalTo("qualitative-actual-is-a-ratio"));
    }

    @Test
    void todayIsTheDayInShanghaiWhateverTheMachinesZone() {
        assertEquals(SHANGHAI, clock.getZone());
        long id = create(31, SATISFACTION.replace("委办局用户满意度", "大厅满意度"));
        String today = LocalDate.now(SHANGHAI).toString();
        as("pm").contentType(ContentType.JSON).body("{\"value\": 95, \"observedOn\": \"" + today + "\"}")
                .when().post(targets(31) + "/" + id + "/observations").then().statusCode(201);
    }

    @Test
    void onlyAProjectManagerChangesTargets() {
        for (String role : new String[] {"procurement", "finance", "viewer"}) {
            as(role).contentType(ContentType.JSON).body(SATISFACTION).when().post(targets(31))
                    .then().statusCode(403).contentType(PROBLEM_JSON);
        }
        long id = create(31, SATISFACTION.replace("委办局用户满意度", "窗口满意度"));
        as("viewer").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(SATISFACTION)
                .when().put(targets(31) + "/" + id).then().statusCode(403);
        as("finance").header("If-Match", "\"0\"").when().delete(targets(31) + "/" + id).then().statusCode(403);
        as("viewer").contentType(ContentType.JSON).body("{\"value\": 90, \"observedOn\": \"2026-02-01\"}")
                .when().post(targets(31) + "/" + id + "/observations").then().statusCode(403);
        Api.anonymous().when().get(targets(31)).then().statusCode(401);
        as("admin").contentType(ContentType.JSON).body(SATISFACTION.replace("委办局用户满意度", "企业满意度"))
                .when().post(targets(31)).then().statusCode(201);
    }

    @Test
    void unknownProjectsAndTargetsAreNotFound() {
        as("viewer").when().get("/api/v1/projects/999999/targets").then().statusCode(404).contentType(PROBLEM_JSON);
        as("viewer").when().get(targets(31) + "/999999").then().statusCode(404).contentType(PROBLEM_JSON);
        as("pm").contentType(ContentType.JSON).body(SATISFACTION).when().post("/api/v1/projects/999999/targets")
                .then().statusCode(404);
        long other = as("viewer").when().get(targets(27)).then().extract().jsonPath()
                .getLong("levels[0].children[0].targets[0].id");
        as("viewer").when().get(targets(31) + "/" + other).then().statusCode(404);
    }
}
