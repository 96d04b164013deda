package cn.songjiang.budget.procurement.client;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Consumer check of the projects-service contract: every path, status and field this service reads
 * ({@link Project}, {@link DepartmentBudget}) is in the OpenAPI document projects-service commits, with a
 * compatible type. Skipped only while that document declares no paths at all.
 */
class ProjectsServiceContractTest {

    static final Path PROVIDER_DOCUMENT = Path.of("..", "projects-service", "openapi", "openapi.json");
    static final String PROJECT_PATH = "/api/v1/projects/{id}";
    static final String DEPARTMENT_BUDGET_PATH = "/api/v1/departments/{code}/budgets/{year}";

    static JsonNode document;

    @BeforeAll
    static void readProviderDocument() throws IOException {
        Assumptions.assumeTrue(Files.exists(PROVIDER_DOCUMENT), "no projects-service document at " + PROVIDER_DOCUMENT);
        document = new ObjectMapper().readTree(PROVIDER_DOCUMENT.toFile());
        Assumptions.assumeTrue(document.path("paths").size() > 0,
                "projects-service has not committed any path yet; nothing to check against");
    }

    @Test
    void theProjectFieldsThisServiceReadsAreInTheContract() {
        JsonNode project = responseSchema(PROJECT_PATH, "200");
        assertField(project, "id", "integer");
        assertField(project, "code", "string");
        assertField(project, "fiscalYear", "integer");
        assertField(project, "departmentCode", "string");
        assertField(project, "amount", "number");
        assertNotNull(properties(project).get("paymentTerms"), "projects-service no longer declares paymentTerms");
    }

    @Test
    void anUnknownProjectIsANotFoundAnswer() {
        assertTrue(operation(PROJECT_PATH).path("responses").has("404"), PROJECT_PATH + " declares no 404");
    }

    @Test
    void theDeclaredProcurementFiguresThisServiceReadsAreInTheContract() {
        JsonNode procurement = resolve(properties(responseSchema(DEPARTMENT_BUDGET_PATH, "200")).get("procurement"));
        assertNotNull(procurement, DEPARTMENT_BUDGET_PATH + " declares no procurement figures");
        for (String field : List.of("goods", "works", "services", "total", "smeReserved", "smallMicroReserved")) {
            assertField(procurement, field, "number");
        }
        assertTrue(operation(DEPARTMENT_BUDGET_PATH).path("responses").has("404"),
                DEPARTMENT_BUDGET_PATH + " declares no 404");
    }

    private static JsonNode operation(String path) {
        JsonNode operation = document.path("paths").path(path).path("get");
        if (operation.isMissingNode()) {
            fail("projects-service's contract has no GET " + path + "; it has " + names(document.path("paths")));
        }
        return operation;
    }

    private static JsonNode responseSchema(String path, String status) {
        JsonNode schema = operation(path).path("responses").path(status).path("content").path("application/json")
                .path("schema");
        if (schema.isMissingNode()) {
            fail("GET " + path + " declares no application/json body for " + status);
        }
        return resolve(schema);
    }

    private static void assertField(JsonNode schema, String name, String type) {
        JsonNode field = resolve(properties(schema).get(name));
        assertNotNull(field, "projects-service no longer declares " + name + "; it has " + names(properties(schema)));
        JsonNode types = field.path("type");
        boolean matches = types.isArray() ? containsText(types, type) : type.equals(types.asText());
        // an integer also satisfies a reader of numbers
        matches |= "number".equals(type) && (types.isArray() ? containsText(types, "integer") : "integer".equals(types.asText()));
        assertTrue(matches, name + " is " + types + " in projects-service's contract, this service reads it as " + type);
    }

    private static JsonNode properties(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        JsonNode properties = resolved.path("properties");
        if (properties.isMissingNode()) {
            for (JsonNode part : resolved.path("allOf")) {
                if (resolve(part).has("properties")) {
                    return resolve(part).path("properties");
                }
            }
        }
        return properties;
    }

    /** Follows a $ref, and a nullable reference written as anyOf/oneOf [ref, null]. */
    private static JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return null;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(document.path("components").path("schemas").path(name));
        }
        for (String combiner : List.of("anyOf", "oneOf")) {
            for (JsonNode part : schema.path(combiner)) {
                if (!"null".equals(part.path("type").asText())) {
                    return resolve(part);
                }
            }
        }
        return schema;
    }

    private static boolean containsText(JsonNode array, String text) {
        for (JsonNode item : array) {
            if (text.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
