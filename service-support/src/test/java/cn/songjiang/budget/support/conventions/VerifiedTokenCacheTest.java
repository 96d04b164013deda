package cn.songjiang.budget.support.conventions;

import static io.restassured.RestAssured.given;

import cn.songjiang.budget.support.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token cache in the running service: good tokens keep working with their roles, bad ones never pass. */
@QuarkusTest
@QuarkusTestResource(SupportTestApplication.class)
class VerifiedTokenCacheTest {

    private static final String PROBE = "/api/v1/conventions-probe";
    private static final Duration SHORT_LIFE = Duration.ofSeconds(2);

    @Test
    void aShortLivedTokenIsAcceptedWhileValid() throws Exception {
        String token = Jwt.issuer(TestTokens.ISSUER).subject("short-lived").groups(Set.of("finance"))
                .expiresIn(SHORT_LIFE).sign(testKey());

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

    /** The key TestTokens signs with (made under target/test-keys by the test resource). */
    private static PrivateKey testKey() throws IOException, GeneralSecurityException {
        TestTokens.forRole("viewer");
        String pem = Files.readString(Path.of("target", "test-keys", "private.pem"), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
