package cn.songjiang.budget.support.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares the OpenAPI document a running service serves with the one committed in its folder. The
 * documents are compared as JSON trees, so key order (which differs between the build's copy and the served
 * one) does not count; every name, type, status and example does.
 */
public final class OpenApiDocument {

    public static final Path COMMITTED = Path.of("openapi", "openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiDocument() {
    }

    public static void assertServedMatchesCommitted() {
        String served = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        assertTrue(Files.exists(COMMITTED), "No committed OpenAPI document at " + COMMITTED.toAbsolutePath()
                + "; run ./mvnw -pl <service> package -DskipTests and commit openapi/");
        try {
            JsonNode committedTree = JSON.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
            JsonNode servedTree = JSON.readTree(served);
            if (!committedTree.equals(servedTree)) {
                Path servedCopy = Path.of("target", "openapi-served.json");
                Files.createDirectories(servedCopy.getParent());
                Files.writeString(servedCopy, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(servedTree));
                fail("The served OpenAPI document differs from " + COMMITTED + " (served copy: " + servedCopy
                        + "). Run ./mvnw -pl <service> package -DskipTests, review the diff of openapi/ and commit it.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
