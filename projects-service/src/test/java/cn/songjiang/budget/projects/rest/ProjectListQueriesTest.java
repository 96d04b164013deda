package cn.songjiang.budget.projects.rest;

import static cn.songjiang.budget.projects.rest.Api.as;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page of the project list answers every project with its target completion and payment terms in a fixed number
 * of SQL statements, whatever its size (the execution dashboard reads 1,200 projects this way). Counted with
 * Hibernate's statistics (enabled in the test profile).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ProjectListQueriesTest {

    private static final int YEAR = 2039;
    private static final String TARGET = """
            {"level1": "SATISFACTION", "level2": "SERVICE_RECIPIENT_SATISFACTION", "name": "委办局用户满意度",
             "comparator": "GE", "value": 90, "unit": "%"}""";
    private static final int OBSERVED = 12;

    @Inject
    SessionFactory sessionFactory;

    private static Map<String, Long> ids;

    /** RestAssured knows the test port only per test, so the (idempotent) import runs before each. */
    @BeforeEach
    void importAndObserve() {
        Api.importDocument(Api.seedForYear(YEAR));
        ids = Api.projectIds("SJZWFW", YEAR);
        for (int n = 1; n <= OBSERVED; n++) {
            String targets = "/api/v1/projects/" + ids.get(String.format("SJZWFW-%d-P%02d", YEAR, n)) + "/targets";
            // Run before each test: a project gains one more observed target each time, which changes nothing here.
            long target = as("pm").contentType(ContentType.JSON).body(TARGET).when().post(targets)
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            as("pm").contentType(ContentType.JSON).body("{\"value\": 81, \"observedOn\": \"2026-06-30\"}")
                    .when().post(targets + "/" + target + "/observations").then().statusCode(201);
        }
    }

    private long statementsToList(int size) {
        sessionFactory.getStatistics().clear();
        as("viewer").queryParam("fiscalYear", YEAR).queryParam("departmentCode", "SJZWFW").queryParam("size", size)
                .when().get("/api/v1/projects").then().statusCode(200).body("items", hasSize(size));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void aPageOfFortyThreeProjectsTakesNoMoreStatementsThanAPageOfTwo() {
        assertTrue(sessionFactory.getStatistics().isStatisticsEnabled());

        long two = statementsToList(2);
        long all = statementsToList(43);

        assertEquals(two, all);
        // the page, its count, the installments, the targets and their latest observations
        assertTrue(all <= 5, all + " statements");
    }

    @Test
    void everyProjectOfThePageCarriesItsTargetCompletion() {
        JsonPath page = as("viewer").queryParam("fiscalYear", YEAR).queryParam("departmentCode", "SJZWFW")
                .queryParam("size", 43).when().get("/api/v1/projects").then().statusCode(200).extract().jsonPath();

        for (int n = 1; n <= OBSERVED; n++) {
            Object completion = page.get("items.find { it.code == 'SJZWFW-" + YEAR + "-P" + String.format("%02d", n)
                    + "' }.targetCompletion");
            assertTrue(Objects.nonNull(completion), "P" + n + " has no target completion");
        }
    }
}
