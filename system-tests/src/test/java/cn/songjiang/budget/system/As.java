package cn.songjiang.budget.system;

import static io.restassured.RestAssured.given;

import io.restassured.config.JsonConfig;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** Requests made as a user of one role against one service of the running platform. */
final class As {

    /** Money comes back as BigDecimal, so figures are compared to the fen; a failed check prints the exchange. */
    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
            .logConfig(LogConfig.logConfig().enableLoggingOfRequestAndResponseIfValidationFails());

    private As() {
    }

    static RequestSpecification role(String role, String baseUrl) {
        return anonymous(baseUrl).auth().oauth2(RunningPlatform.get().token(role));
    }

    static RequestSpecification anonymous(String baseUrl) {
        return given().config(CONFIG).baseUri(baseUrl).contentType(ContentType.JSON);
    }
}
