package cn.songjiang.budget.console.security;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.console.Answers;
import cn.songjiang.budget.console.Browser;
import cn.songjiang.budget.console.ProviderStubs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ProviderStubs.class)
class SignInTest {

    @ProviderStubs.Stubs
    WireMockServer stubs;

    @BeforeEach
    void stubTheServices() {
        stubs.resetAll();
        Answers.overview(stubs);
    }

    @Test
    void aPageWithoutSessionSendsTheBrowserToTheSignInPage() {
        Response answer = given().redirects().follow(false).get("/overview");
        assertEquals(302, answer.statusCode());
        assertTrue(answer.header("Location").endsWith("/sign-in"));
    }

    @Test
    void signInPageListsOneDemoUserPerRole() {
        String page = new Browser().get("/sign-in");
        for (String role : List.of("admin", "pm", "procurement", "finance", "viewer")) {
            assertTrue(page.contains("data-testid=\"sign-in-" + role + "\""), role);
        }
    }

    @Test
    void signInWithoutTheFormsCsrfTokenIsRefused() {
        Browser browser = new Browser();
        browser.formToken("/sign-in");
        Response answer = browser.request().formParam("role", "finance").post("/sign-in");
        assertEquals(400, answer.statusCode());
        assertNull(answer.getCookie("budget-console-session"));

        Response forged = browser.request().formParam("csrf-token", "forged").formParam("role", "finance")
                .post("/sign-in");
        assertEquals(400, forged.statusCode());
        assertNull(forged.getCookie("budget-console-session"));
    }

    @Test
    void theBrowserGetsOnlyAnHttpOnlySameSiteSessionCookieNeverTheToken() {
        Browser browser = new Browser();
        String token = browser.formToken("/sign-in");
        Response answer = browser.request().formParam("csrf-token", token).formParam("role", "finance")
                .post("/sign-in");
        assertEquals(303, answer.statusCode());
        String setCookie = answer.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("budget-console-session=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP here: " + setCookie);
        String session = answer.getCookie("budget-console-session");
        assertFalse(session.contains("."), "the cookie is an opaque id, not a JWT");
        assertFalse(answer.asString().contains("eyJ"), "no token in the answer");
    }

    @Test
    void theServicesGetTheUsersTokenSignedWithTheLocalKeyAndTheRequestId() throws Exception {
        Browser finance = Browser.signedInAs("finance");
        finance.request().header("X-Request-Id", "console-test-1").get("/overview").then().statusCode(200);

        List<LoggedRequest> calls = stubs.findAll(getRequestedFor(urlPathEqualTo("/api/v1/dashboards/execution")));
        assertFalse(calls.isEmpty());
        LoggedRequest call = calls.get(calls.size() - 1);
        assertEquals("console-test-1", call.getHeader("X-Request-Id"));
        String bearer = call.getHeader("Authorization");
        assertTrue(bearer.startsWith("Bearer "), bearer);
        String[] jwt = bearer.substring(7).split("\\.");
        assertEquals(3, jwt.length);

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey());
        rsa.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(jwt[2])), "signed with the local key");

        ObjectMapper json = new ObjectMapper();
        assertEquals("RS256", json.readTree(Base64.getUrlDecoder().decode(jwt[0])).get("alg").asText());
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertEquals("budget-platform-local", claims.get("iss").asText());
        assertEquals("demo-finance", claims.get("sub").asText());
        assertEquals("finance", claims.get("groups").get(0).asText());
        long now = Instant.now().getEpochSecond();
        assertTrue(claims.get("iat").asLong() <= now + 5);
        assertTrue(claims.get("exp").asLong() > now);
    }

    @Test
    void signOutEndsTheSession() {
        Browser viewer = Browser.signedInAs("viewer");
        String token = viewer.formToken("/overview");
        Response out = viewer.request().formParam("csrf-token", token).post("/sign-out");
        assertEquals(303, out.statusCode());
        assertEquals(302, viewer.request().get("/overview").statusCode(), "the old session id no longer works");
    }

    private static PublicKey publicKey() throws Exception {
        String pem = Files.readString(ProviderStubs.KEYS.resolve("public.pem"), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
