package cn.songjiang.budget.console.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Without the local key configured there is no sign-in page and no page opens but the signed-out page. */
@QuarkusTest
class NoLocalKeyTest {

    @Test
    void thereIsNoLocalSignInWithoutTheLocalKey() {
        assertEquals(404, given().redirects().follow(false).get("/sign-in").statusCode());
        assertEquals(401, given().redirects().follow(false).get("/overview").statusCode());
    }

    @Test
    void theSignedOutPageWhereKeycloakSendsUsersBackIsPublic() {
        given().get("/signed-out").then().statusCode(200).body(containsString("data-testid=\"signed-out\""));
    }
}
