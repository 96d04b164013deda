package cn.songjiang.budget.procurement.testing;

import cn.songjiang.budget.support.testing.ProviderDouble;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;

/** Drives the {@link ProjectsDouble} of the running test application. */
public final class StubControl {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StubControl() {
    }

    /** Serves the project at {@code /api/v1/projects/{its id}}, exactly as written. */
    public static void registerProject(String json) {
        projects().serve("/api/v1/projects/" + read(json).get("id").asLong(), json);
    }

    public static void registerDepartmentBudget(String json) {
        registerDepartmentBudget(projects(), json);
    }

    static void registerDepartmentBudget(ProviderDouble provider, String json) {
        JsonNode budget = read(json);
        provider.serve("/api/v1/departments/" + budget.get("departmentCode").asText() + "/budgets/"
                + budget.get("fiscalYear").asInt(), json);
    }

    /** Answers 503 to everything. */
    public static void down() {
        projects().down();
    }

    /** Answers every call with this status and a problem body. */
    public static void answer(int status) {
        projects().answer(status);
    }

    /** Answers, but only after 5 seconds. */
    public static void slow() {
        projects().slow(Duration.ofSeconds(5));
    }

    /** Answers without a bearer token: for tests that call the client outside an HTTP request. */
    public static void open() {
        projects().acceptCallsWithoutToken();
    }

    public static void secure() {
        projects().acceptCallsWithoutToken();
        projects().requireBearerToken();
    }

    public static void up() {
        projects().up();
    }

    /** How many calls to its API projects-service has received since it started. */
    public static int hits() {
        return projects().hits();
    }

    private static ProviderDouble projects() {
        return ProviderDouble.of(ProjectsDouble.CLIENT);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
