package cn.songjiang.budget.procurement.testing;

import static io.restassured.RestAssured.given;

import cn.songjiang.budget.support.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Requests as a role, with JSON numbers read as BigDecimal so that amounts are compared to the fen. */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    public static RequestSpecification as(String role) {
        return anonymous().auth().oauth2(TOKENS.computeIfAbsent(role, TestTokens::forRole));
    }

    public static RequestSpecification anonymous() {
        // Quarkus sets RestAssured.config for each test, so the number type is added per request.
        return given().config(RestAssured.config()
                        .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .contentType(ContentType.JSON);
    }
}
