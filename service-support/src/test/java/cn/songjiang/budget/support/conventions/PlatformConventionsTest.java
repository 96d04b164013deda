package cn.songjiang.budget.support.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.songjiang.budget.support.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The conventions every service inherits from service-support: errors, security, paging, If-Match, ids. */
@QuarkusTest
@QuarkusTestResource(SupportTestApplication.class)
class PlatformConventionsTest {

    private static final String PROBE = "/api/v1/conventions-probe";

    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String VALID_BODY = """
            {"name": "工作服", "amount": 1000000.01, "kind": "SERVICES", "days": 30}""";

    @Test
    void requestWithoutTokenIsUnauthorizedProblem() {
        given().when().get(PROBE)
                .then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401)).body("type", equalTo("urn:budget:problem:unauthorized"));
    }

    @Test
    void tokenSignedByUnknownKeyIsUnauthorized() {
        given().auth().oauth2(TestTokens.forgedForRole("admin")).when().get(PROBE)
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void tokenExpiredMoreThanThirtySecondsAgoIsUnauthorized() {
        // mp.jwt.verify.clock.skew=30: smallrye-jwt's default would accept it for 60 s
        given().auth().oauth2(TestTokens.expiredForRole("viewer", 31)).when().get(PROBE)
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.expiredForRole("viewer", 45)).when().get(PROBE)
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void tokenExpiredWithinTheThirtySecondsOfClockSkewIsAccepted() {
        given().auth().oauth2(TestTokens.expiredForRole("viewer", 5)).when().get(PROBE).then().statusCode(200);
    }

    @Test
    void roleWithoutPermissionIsForbiddenProblem() {
        given().auth().oauth2(TestTokens.forRole("finance")).contentType(ContentType.JSON).body(VALID_BODY)
                .when().post(PROBE)
                .then().statusCode(403).contentType(PROBLEM_JSON).body("status", equalTo(403));
    }

    @Test
    void adminHoldsEveryRole() {
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON).body(VALID_BODY)
                .when().post(PROBE)
                .then().statusCode(201).body("amount", equalTo(1000000.01f));
    }

    @Test
    void everyRoleMayRead() {
        for (String role : new String[] {"pm", "procurement", "finance", "viewer"}) {
            given().auth().oauth2(TestTokens.forRole(role)).when().get(PROBE).then().statusCode(200);
        }
    }

    @Test
    void malformedJsonIsBadRequest() {
        given().auth().oauth2(TestTokens.forRole("pm")).contentType(ContentType.JSON).body("{\"name\": ")
                .when().post(PROBE)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("body"));
    }

    @Test
    void unknownFieldIsNamed() {
        given().auth().oauth2(TestTokens.forRole("pm")).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"amount\":1.00,\"kind\":\"GOODS\",\"days\":30,\"colour\":\"red\"}")
                .when().post(PROBE)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("colour"))
                .body("violations[0].reason", equalTo("unknown field"));
    }

    @Test
    void unknownEnumValueIsNamedWithTheAllowedValues() {
        given().auth().oauth2(TestTokens.forRole("pm")).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"amount\":1.00,\"kind\":\"FURNITURE\",\"days\":30}")
                .when().post(PROBE)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].reason", containsString("SERVICES"));
    }

    @Test
    void numberOutOfRangeForItsTypeIsBadRequest() {
        given().auth().oauth2(TestTokens.forRole("pm")).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"amount\":1.00,\"kind\":\"GOODS\",\"days\":99999999999999}")
                .when().post(PROBE)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("days"));
    }

    @Test
    void everyInvalidFieldGetsItsOwnViolation() {
        given().auth().oauth2(TestTokens.forRole("pm")).contentType(ContentType.JSON)
                .body("{\"name\":\"\",\"amount\":0.00,\"kind\":\"GOODS\",\"days\":90}")
                .when().post(PROBE)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations", hasSize(3))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("amount"))
                .body("violations.field", hasItem("days"));
    }

    @Test
    void aRepeatedKeyIsNamedWhereverItStands() {
        for (String body : new String[] {
                "{\"name\":\"x\",\"name\":\"y\",\"amount\":1.00,\"kind\":\"GOODS\",\"days\":30}",
                "{\"name\":\"x\",\"amount\":1.00,\"kind\":\"GOODS\",\"days\":30,\"days\":31}"}) {
            given().auth().oauth2(TestTokens.forRole("pm")).contentType(ContentType.JSON).body(body)
                    .when().post(PROBE)
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("violations[0].reason", equalTo("is repeated"))
                    .body("violations[0].field", org.hamcrest.Matchers.oneOf("name", "days"));
        }
    }

    @Test
    void textAfterTheJsonValueIsBadRequest() {
        given().auth().oauth2(TestTokens.forRole("pm")).contentType(ContentType.JSON).body(VALID_BODY + " trailing")
                .when().post(PROBE)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("body"));
        given().auth().oauth2(TestTokens.forRole("pm")).contentType(ContentType.JSON).body(VALID_BODY + VALID_BODY)
                .when().post(PROBE)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("body"));
    }

    @Test
    void aNumberSentAsTextIsBadRequest() {
        given().auth().oauth2(TestTokens.forRole("pm")).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"amount\":\"10.00\",\"kind\":\"GOODS\",\"days\":30}")
                .when().post(PROBE)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("amount"));
    }

    @Test
    void aNulInAQueryParameterIsBadRequestBeforeTheDatabase() {
        given().auth().oauth2(TestTokens.forRole("viewer")).urlEncodingEnabled(false)
                .when().get(PROBE + "?q=a%00b")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("q"))
                .body("violations[0].reason", containsString("control characters"));
    }

    @Test
    void anEmptyParameterValueIsBadRequest() {
        given().auth().oauth2(TestTokens.forRole("viewer")).urlEncodingEnabled(false)
                .when().get(PROBE + "?q=")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("q"));
    }

    @Test
    void answersCarryTheSecurityHeaders() {
        given().auth().oauth2(TestTokens.forRole("viewer")).when().get(PROBE)
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void missingBodyIsBadRequest() {
        given().auth().oauth2(TestTokens.forRole("pm")).contentType(ContentType.JSON)
                .when().post(PROBE)
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaType() {
        given().auth().oauth2(TestTokens.forRole("pm")).contentType(ContentType.TEXT).body("hello")
                .when().post(PROBE)
                .then().statusCode(415).contentType(PROBLEM_JSON);
    }

    @Test
    void oversizedBodyIsRefused() {
        String huge = "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        given().auth().oauth2(TestTokens.forRole("pm")).contentType(ContentType.JSON).body(huge)
                .when().post(PROBE)
                .then().statusCode(413).contentType(PROBLEM_JSON).body("status", equalTo(413));
    }

    @Test
    void pageSizeAboveTheMaximumIsBadRequest() {
        given().auth().oauth2(TestTokens.forRole("viewer")).queryParam("size", 501).when().get(PROBE)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("size"));
    }

    @Test
    void listsArePagedWithDefaults() {
        given().auth().oauth2(TestTokens.forRole("viewer")).when().get(PROBE)
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(50))
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(1));
    }

    @Test
    void updateWithoutIfMatchIsPreconditionRequired() {
        given().auth().oauth2(TestTokens.forRole("pm")).when().put(PROBE)
                .then().statusCode(428).contentType(PROBLEM_JSON);
    }

    @Test
    void updateWithStaleIfMatchIsPreconditionFailed() {
        given().auth().oauth2(TestTokens.forRole("pm")).header("If-Match", "\"2\"").when().put(PROBE)
                .then().statusCode(412).contentType(PROBLEM_JSON);
    }

    @Test
    void updateWithCurrentIfMatchSucceedsWithTheNextETag() {
        given().auth().oauth2(TestTokens.forRole("pm")).header("If-Match", "\"3\"").when().put(PROBE)
                .then().statusCode(200).header("ETag", "\"4\"");
    }

    @Test
    void brokenBusinessRuleIsUnprocessableAndNamed() {
        given().auth().oauth2(TestTokens.forRole("viewer")).when().get(PROBE + "/rule")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("rule", equalTo("probe-rule")).body("violations[0].field", equalTo("amount"));
    }

    @Test
    void unexpectedFailureLeaksNothingButAnErrorId() {
        given().auth().oauth2(TestTokens.forRole("viewer")).when().get(PROBE + "/failure")
                .then().statusCode(500).contentType(PROBLEM_JSON)
                .body("errorId", notNullValue())
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("at cn.songjiang")));
    }

    @Test
    void unknownPathIsNotFoundProblem() {
        given().auth().oauth2(TestTokens.forRole("viewer")).when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void requestIdIsEchoedOrCreated() {
        given().auth().oauth2(TestTokens.forRole("viewer")).header("X-Request-Id", "trace-123").when().get(PROBE)
                .then().header("X-Request-Id", equalTo("trace-123"));
        given().auth().oauth2(TestTokens.forRole("viewer")).when().get(PROBE)
                .then().header("X-Request-Id", not(emptyOrNullString()));
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortOnlyAndOpenApiOnThePublicOne() {
        String management = "http://localhost:" + managementRoot.getPort();
        assertNotEquals(RestAssured.port, managementRoot.getPort());
        given().when().get(management + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(management + "/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(management + "/q/metrics").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aTokenOlderThanTheMaximumAgeIsRefusedWhateverItsExpiry() {
        Instant now = Instant.now();
        Instant year3000 = Instant.parse("3000-01-01T00:00:00Z");
        given().auth().oauth2(TestTokens.forRoleIssuedAt("viewer", now.minus(Duration.ofHours(8).plusMinutes(5)),
                year3000)).when().get(PROBE).then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.forRoleIssuedAt("viewer", now.minus(Duration.ofHours(7)), year3000))
                .when().get(PROBE).then().statusCode(200);
    }

    @Test
    void aTokenWithoutIssuedAtIsRefused() {
        given().auth().oauth2(TestTokens.withoutIssuedAt("viewer", Instant.now().plus(Duration.ofHours(1))))
                .when().get(PROBE).then().statusCode(401).contentType(PROBLEM_JSON);
    }
}
