package cn.songjiang.budget.projects.rest;

import static cn.songjiang.budget.projects.rest.Api.MARKDOWN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import cn.songjiang.budget.support.testing.PostgresTestResource;
import cn.songjiang.budget.support.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Audit records who acted as a stable id (the token's sub) and a readable name (preferred_username, else upn,
 * else sub), the same for the local platform's tokens and Keycloak's.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AuditIdentityTest {

    private static final String KEYCLOAK_SUBJECT = "5b0c7a52-9c1e-4d3f-8f7a-2b6e1d4c9a01";

    @Test
    void aKeycloakTokenIsRecordedAsItsPreferredUsernameAndItsSubject() {
        String token = TestTokens.keycloakShaped(KEYCLOAK_SUBJECT, "admin1", "admin");
        long projectId = importAndFirstProject(token, "admin1", 2041);

        given().auth().oauth2(token).when().get("/api/v1/projects/" + projectId + "/revisions")
                .then().statusCode(200)
                .body("changedBy", everyItem(equalTo("admin1")))
                .body("changedById", everyItem(equalTo(KEYCLOAK_SUBJECT)));
    }

    @Test
    void aLocalTokenIsRecordedAsItsUpnAndItsSubject() {
        String token = TestTokens.forUser("demo-admin", "admin");
        long projectId = importAndFirstProject(token, "demo-admin", 2042);

        given().auth().oauth2(token).when().get("/api/v1/projects/" + projectId + "/revisions")
                .then().statusCode(200)
                .body("changedBy", everyItem(equalTo("demo-admin")))
                .body("changedById", everyItem(equalTo("demo-admin")));
    }

    private static long importAndFirstProject(String token, String recordedName, int year) {
        given().auth().oauth2(token).contentType(MARKDOWN)
                .body(Api.seedForYear(year).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/budget-documents")
                .then().statusCode(201)
                .body("importedBy", equalTo(recordedName));
        return given().auth().oauth2(token).queryParam("fiscalYear", year).queryParam("size", 1)
                .when().get("/api/v1/projects")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }
}
