package cn.songjiang.budget.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does with the console, over rest-assured: keeps the cookies it was given and sends each form
 * with the CSRF token drawn into it.
 */
public final class Browser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private String session;
    private String csrfCookie;

    /** Signs in as the demo user of {@code role} through the sign-in page. */
    public static Browser signedInAs(String role) {
        Browser browser = new Browser();
        String token = browser.formToken("/sign-in");
        Response answer = browser.request().formParam("csrf-token", token).formParam("role", role)
                .post("/sign-in");
        assertEquals(303, answer.statusCode(), "sign-in of " + role);
        browser.session = answer.getCookie("budget-console-session");
        return browser;
    }

    public RequestSpecification request() {
        // Browsers send forms in the page's encoding, UTF-8; rest-assured's default would be ISO-8859-1.
        RequestSpecification spec = given().config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8)))
                .redirects().follow(false);
        if (session != null) {
            spec.cookie("budget-console-session", session);
        }
        if (csrfCookie != null) {
            spec.cookie("csrf-token", csrfCookie);
        }
        return spec;
    }

    public String get(String path) {
        Response answer = request().get(path);
        assertEquals(200, answer.statusCode(), "GET " + path);
        return answer.asString();
    }

    /** Opens a page and returns the CSRF token its forms carry. */
    public String formToken(String path) {
        Response answer = request().get(path);
        assertEquals(200, answer.statusCode(), "GET " + path);
        if (answer.getCookie("csrf-token") != null) {
            csrfCookie = answer.getCookie("csrf-token");
        }
        Matcher field = CSRF_FIELD.matcher(answer.asString());
        if (!field.find()) {
            throw new AssertionError("no CSRF field on " + path);
        }
        return field.group(1);
    }

    public String session() {
        return session;
    }
}
