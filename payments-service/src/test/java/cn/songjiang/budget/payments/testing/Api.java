package cn.songjiang.budget.payments.testing;

import static io.restassured.RestAssured.given;

import cn.songjiang.budget.support.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/** Calls of the payments API as the tests make them, with a token of the role each operation needs. */
public final class Api {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Api() {
    }

    /** Matches a JSON amount exactly, scale included: {@code money("300000.01")}. */
    public static Matcher<Object> money(String amount) {
        return Matchers.equalTo(new BigDecimal(amount));
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static RequestSpecification as(String role) {
        // Money is compared exactly: JSON numbers are read as BigDecimal, never float.
        return given().config(RestAssured.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON);
    }

    public static ValidatableResponse createPlan(String body) {
        return as("pm").body(body).when().post("/api/v1/payment-plans").then();
    }

    /** Creates a plan and returns its id (fails the test unless 201). */
    public static long planId(String body) {
        return createPlan(body).statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long installmentId(long planId, int sequence) {
        return as("viewer").when().get("/api/v1/payment-plans/" + planId).then().statusCode(200)
                .extract().jsonPath().getLong("installments.find { it.sequence == " + sequence + " }.id");
    }

    public static ValidatableResponse recordEvent(long installmentId, String trigger, LocalDate date) {
        return as("pm").body("{\"trigger\":\"" + trigger + "\",\"date\":\"" + date
                        + "\",\"evidenceRef\":\"验收报告 T-" + installmentId + "\"}")
                .when().post("/api/v1/installments/" + installmentId + "/events").then();
    }

    public static ValidatableResponse pay(long installmentId, String key, String amount, LocalDate date) {
        return as("finance").header("Idempotency-Key", key)
                .body("{\"amount\":" + amount + ",\"paidDate\":\"" + date + "\",\"voucherNo\":\"记-" + key + "\"}")
                .when().post("/api/v1/installments/" + installmentId + "/payments").then();
    }
}
