package cn.songjiang.budget.support.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the OpenAPI document a running service serves with the one committed in its folder. The
 * documents are compared as JSON trees, so key order (which differs between the build's copy and the served
 * one) does not count; every name, type, status and example does.
 */
public final class OpenApiDocument {

    public static final Path COMMITTED = Path.of("openapi", "openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private OpenApiDocument() {
    }

    /**
     * For every path of the committed document and every method it does not list, the service answers 405 as a
     * problem, with {@code Allow} naming exactly the methods the document lists (plus HEAD with GET, and OPTIONS).
     */
    public static void assertEveryMissingMethodIs405WithAllow() {
        JsonNode paths;
        try {
            paths = JSON.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8)).path("paths");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> checked = new ArrayList<>();
        paths.fields().forEachRemaining(path -> {
            Set<String> declared = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(name -> {
                if (METHODS.contains(name.toUpperCase())) {
                    declared.add(name.toUpperCase());
                }
            });
            Set<String> allow = new TreeSet<>(declared);
            if (declared.contains("GET")) {
                allow.add("HEAD");
            }
            allow.add("OPTIONS");
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "1");
            for (String method : METHODS) {
                if (declared.contains(method)) {
                    continue;
                }
                String header = given().auth().oauth2(TestTokens.forRole("admin")).contentType("application/json")
                        .when().request(method, concrete)
                        .then().statusCode(405).contentType("application/problem+json")
                        .body("status", equalTo(405)).body("type", equalTo("urn:budget:problem:method-not-allowed"))
                        .extract().header("Allow");
                assertEquals(allow, new TreeSet<>(List.of(header.split(",\\s*"))), method + " " + concrete);
                checked.add(method + " " + concrete);
            }
        });
        assertFalse(checked.isEmpty(), "the committed document lists no path that lacks a method");
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
