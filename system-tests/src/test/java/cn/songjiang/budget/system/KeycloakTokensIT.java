package cn.songjiang.budget.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform in production shape: a real Keycloak with the committed realm, and the three packaged services
 * started as {@code ./platform} starts them plus the environment of README's production section (issuer, JWKS,
 * roles claim, audience). Tokens are fetched as an API client fetches them: password grant on the public client
 * {@code budget-platform}, one demo user per role.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakTokensIT {

    static RunningKeycloak keycloak;
    static RunningPlatform platform;

    @BeforeAll
    static void startKeycloakAndThePlatformConfiguredForIt() {
        keycloak = RunningKeycloak.get();
        platform = RunningPlatform.withIssuer(keycloak.serviceEnvironment());
    }

    @Test
    @Order(1)
    void theDeploymentsIssuerSettingsWinOverThePlatformsLocalKey() throws IOException {
        var settings = RunningPlatform.platformEnvironment(keycloak.serviceEnvironment());
        assertEquals(keycloak.serviceEnvironment().get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
                settings.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        assertEquals(keycloak.issuer(), settings.get("MP_JWT_VERIFY_ISSUER"));

        var local = RunningPlatform.platformEnvironment(Map.of());
        assertNotEquals(keycloak.jwks(), local.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
                "without an issuer in the environment ./platform sets its local key");
    }

    @Test
    @Order(2)
    void keycloakTokensCarryTheAudienceTheRolesAndTheFixedIssuer() {
        JsonPath claims = claims(keycloak.tokenForRole("finance"));
        assertEquals(keycloak.issuer(), claims.getString("iss"));
        assertEquals("finance1", claims.getString("preferred_username"));
        List<String> audience = claims.get("aud") instanceof List<?> ? claims.getList("aud", String.class)
                : List.of(claims.getString("aud"));
        assertThat(audience, hasItem(RunningKeycloak.API_CLIENT));
        assertThat(claims.getList("realm_access.roles", String.class), hasItem("finance"));
        assertEquals(300, claims.getLong("exp") - claims.getLong("iat"), "access tokens live five minutes");
    }

    @Test
    @Order(3)
    void anAdminWithAKeycloakTokenImportsTheBudgetAndAuditRecordsSubjectAndUsername() throws IOException {
        byte[] seed = Files.readAllBytes(RunningPlatform.repositoryRoot().resolve(PlatformWorkflowIT.SEED));
        String adminToken = keycloak.tokenForRole("admin");
        String adminSubject = claims(adminToken).getString("sub");

        As.anonymous(platform.projects()).auth().oauth2(keycloak.tokenForRole("viewer"))
                .contentType("text/markdown; charset=utf-8").body(seed)
                .post("/api/v1/budget-documents").then().statusCode(403);
        As.anonymous(platform.projects()).auth().oauth2(keycloak.tokenForRole("pm"))
                .contentType("text/markdown; charset=utf-8").body(seed)
                .post("/api/v1/budget-documents").then().statusCode(403);

        As.anonymous(platform.projects()).auth().oauth2(adminToken)
                .contentType("text/markdown; charset=utf-8").body(seed)
                .post("/api/v1/budget-documents")
                .then().statusCode(201)
                .body("importedBy", equalTo("admin1"));

        long projectId = As.anonymous(platform.projects()).auth().oauth2(keycloak.tokenForRole("viewer"))
                .get("/api/v1/projects?fiscalYear=2026&size=1")
                .then().statusCode(200).body("totalItems", equalTo(43))
                .extract().jsonPath().getLong("items[0].id");
        As.anonymous(platform.projects()).auth().oauth2(keycloak.tokenForRole("viewer"))
                .get("/api/v1/projects/" + projectId + "/revisions")
                .then().statusCode(200)
                .body("changedBy", everyItem(equalTo("admin1")))
                .body("changedById", everyItem(equalTo(adminSubject)));
    }

    @Test
    @Order(4)
    void procurementForwardsTheCallersKeycloakTokenToProjects() {
        As.anonymous(platform.procurement()).auth().oauth2(keycloak.tokenForRole("viewer"))
                .body("{\"departmentCode\":\"SJZWFW\",\"fiscalYear\":2026}")
                .post("/api/v1/procurement-budgets").then().statusCode(403);
        As.anonymous(platform.procurement()).auth().oauth2(keycloak.tokenForRole("admin"))
                .body("{\"departmentCode\":\"SJZWFW\",\"fiscalYear\":2026}")
                .post("/api/v1/procurement-budgets")
                .then().statusCode(201)
                .body("createdBy", equalTo("admin1"));
    }

    @Test
    @Order(5)
    void everyRoleReadsEveryService() {
        for (String role : RunningKeycloak.ROLES) {
            String token = keycloak.tokenForRole(role);
            As.anonymous(platform.projects()).auth().oauth2(token)
                    .get("/api/v1/projects?fiscalYear=2026").then().statusCode(200);
            As.anonymous(platform.procurement()).auth().oauth2(token)
                    .get("/api/v1/procurement-budgets?department=SJZWFW&fiscalYear=2026")
                    .then().statusCode(200).body("totalItems", equalTo(1));
            As.anonymous(platform.payments()).auth().oauth2(token)
                    .get("/api/v1/due-payments").then().statusCode(200);
        }
    }

    @Test
    @Order(6)
    void noTokenALocalKeyTokenAndAMasterRealmTokenAreRefusedByEveryService() {
        String localKeyToken = platform.token("admin");
        String masterRealmToken = keycloak.masterRealmToken();
        String viewerToken = keycloak.tokenForRole("viewer");
        for (List<String> read : List.of(List.of(platform.projects(), "/api/v1/projects"),
                List.of(platform.procurement(), "/api/v1/procurement-budgets?department=SJZWFW&fiscalYear=2026"),
                List.of(platform.payments(), "/api/v1/due-payments"))) {
            String service = read.get(0);
            String path = read.get(1);
            As.anonymous(service).get(path).then().statusCode(401);
            As.anonymous(service).auth().oauth2(localKeyToken).get(path).then().statusCode(401);
            As.anonymous(service).auth().oauth2(masterRealmToken).get(path).then().statusCode(401);
            As.anonymous(service).auth().oauth2(viewerToken).get(path).then().statusCode(200);
        }
    }

    @Test
    @Order(7)
    void theConsoleClientCanBeOpenedToAConsoleOnATestPort() {
        keycloak.allowConsoleAt("http://localhost:18080");
        assertThat(keycloak.consoleRedirects(),
                containsInAnyOrder("http://localhost:8080/*", "http://localhost:18080/*"));
    }

    private static JsonPath claims(String token) {
        String payload = token.split("\\.")[1];
        return new JsonPath(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
