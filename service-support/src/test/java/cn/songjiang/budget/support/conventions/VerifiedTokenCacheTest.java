package cn.songjiang.budget.support.conventions;

import static io.restassured.RestAssured.given;

import cn.songjiang.budget.support.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The token cache in the running service: good tokens keep working with their roles, bad ones never pass. */
@QuarkusTest
@QuarkusTestResource(SupportTestApplication.class)
class VerifiedTokenCacheTest {

    private static final String PROBE = "/api/v1/conventions-probe";
    private static final Duration SHORT_LIFE = Duration.ofSeconds(2);

    @Test
    void aShortLivedTokenIsAcceptedWhileValid() {
        String token = TestTokens.forUser("short-lived", SHORT_LIFE, "finance");

        given().auth().oauth2(token).when().get(PROBE).then().statusCode(200);
        given().auth().oauth2(token).when().get(PROBE).then().statusCode(200);
    }

    @Test
    void aForgedTokenIsRefusedAfterAGoodOneWasCached() {
        given().auth().oauth2(TestTokens.forRole("finance")).when().get(PROBE).then().statusCode(200);

        given().auth().oauth2(TestTokens.forgedForRole("finance")).when().get(PROBE).then().statusCode(401);
        given().auth().oauth2(TestTokens.forgedForRole("finance")).when().get(PROBE).then().statusCode(401);
    }

    @Test
    void aCachedTokenKeepsItsRoles() {
        String viewer = TestTokens.forRole("viewer");
        given().auth().oauth2(viewer).when().get(PROBE).then().statusCode(200);

        given().auth().oauth2(viewer).contentType("application/json")
                .body("{\"name\": \"x\", \"amount\": 1.00, \"kind\": \"GOODS\", \"days\": 30}")
                .when().post(PROBE).then().statusCode(403);
    }
}
