package cn.songjiang.budget.procurement.client;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import cn.songjiang.budget.procurement.testing.Api;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import cn.songjiang.budget.support.testing.ProviderStubResource;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * This service against a mock of projects-service generated from projects-service's committed OpenAPI
 * document (Prism, via service-support's ProviderStubResource): the answers are the document's own examples,
 * and Prism refuses calls without the forwarded bearer token. Runs once the document declares the two paths.
 */
@QuarkusTest
@TestProfile(ProjectsContractStubTest.AgainstProjectsServiceDocument.class)
@EnabledIf("providerDocumentDeclaresThePaths")
class ProjectsContractStubTest {

    static final Path PROVIDER_DOCUMENT = Path.of("..", "projects-service", "openapi", "openapi.json");
    static final String PROJECT_PATH = "/api/v1/projects/{id}";
    static final String DEPARTMENT_BUDGET_PATH = "/api/v1/departments/{code}/budgets/{year}";
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Only the database and the Prism mock: the JDK stub of the other tests stays out. */
    public static class AgainstProjectsServiceDocument implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestResource.class),
                    new TestResourceEntry(ProviderStubResource.class,
                            Map.of("provider", "projects-service", "configKey", "projects")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    static boolean providerDocumentDeclaresThePaths() {
        if (!Files.exists(PROVIDER_DOCUMENT)) {
            return false;
        }
        JsonNode paths = document().path("paths");
        return paths.has(PROJECT_PATH) && paths.has(DEPARTMENT_BUDGET_PATH);
    }

    @Test
    void createsTheProcurementBudgetFromTheDeclaredFiguresTheProviderShows() {
        JsonNode example = example(DEPARTMENT_BUDGET_PATH);
        JsonNode procurement = example.path("procurement");

        Api.as("admin").body(Map.of("departmentCode", example.path("departmentCode").asText(),
                        "fiscalYear", example.path("fiscalYear").asInt()))
                .post("/api/v1/procurement-budgets").then().statusCode(oneOf(201, 409));
        Api.as("viewer").queryParam("department", example.path("departmentCode").asText())
                .queryParam("fiscalYear", example.path("fiscalYear").asInt())
                .get("/api/v1/procurement-budgets").then().statusCode(200)
                .body("items[0].declared.total", equalTo(fen(procurement.path("total"))))
                .body("items[0].declared.services", equalTo(fen(procurement.path("services"))))
                .body("items[0].declared.smeReserved", equalTo(fen(procurement.path("smeReserved"))));
    }

    @Test
    void createsAPlanForTheProjectTheProviderShows() {
        JsonNode project = example(PROJECT_PATH);
        JsonNode budget = example(DEPARTMENT_BUDGET_PATH);
        Api.as("admin").body(Map.of("departmentCode", project.path("departmentCode").asText(),
                        "fiscalYear", project.path("fiscalYear").asInt()))
                .post("/api/v1/procurement-budgets").then().statusCode(oneOf(201, 409, 422));
        boolean sameDepartment = project.path("departmentCode").asText().equals(budget.path("departmentCode").asText())
                && project.path("fiscalYear").asInt() == budget.path("fiscalYear").asInt();
        if (!sameDepartment) {
            return; // the examples name different departments: the budget step above is all that can be checked
        }

        Api.as("procurement").body(Map.of("projectId", project.path("id").asLong(), "title", "合同测试计划",
                        "category", "SERVICES", "method", "NOT_APPLICABLE", "amount", new BigDecimal("0.01"),
                        "smeReservation", "NONE"))
                .post("/api/v1/procurement-plans").then().statusCode(201)
                .body("projectCode", equalTo(project.path("code").asText()));
    }

    private static BigDecimal fen(JsonNode amount) {
        return amount.decimalValue().setScale(2);
    }

    /** The first example of the 200 answer of GET {@code path}, which is what Prism serves. */
    private static JsonNode example(String path) {
        JsonNode content = document().path("paths").path(path).path("get").path("responses").path("200")
                .path("content").path("application/json");
        if (content.has("example")) {
            return content.get("example");
        }
        JsonNode examples = content.path("examples");
        if (examples.size() > 0) {
            return examples.elements().next().path("value");
        }
        throw new IllegalStateException("projects-service's document has no example for GET " + path);
    }

    private static JsonNode document() {
        try {
            return JSON.readTree(PROVIDER_DOCUMENT.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
