package cn.songjiang.budget.procurement.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.procurement.testing.ProjectsDouble;
import cn.songjiang.budget.procurement.testing.StubControl;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The projects-service client against a stub that answers in the shape of projects-service's contract. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProjectsDouble.class)
class ProjectsClientTest {

    static final long PROJECT_ID = 4_100_001L;

    @Inject
    ProjectsClient client;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void stubAnswersWithoutCallerToken() {
        StubControl.open();
        StubControl.registerProject("""
                {"id": %d, "code": "SJZWFW-2026-P01", "name": "松江区政务服务中心工作服项目", "fiscalYear": 2026,
                 "departmentCode": "SJZWFW", "amount": 32775.00, "statedAmount": 32775.00,
                 "paymentTerms": {"kind": "LUMP_SUM", "installments": [{"sequence": 1, "percent": 100.00}],
                                  "clauseText": "验收合格后一次性支付"},
                 "targets": [], "correction": null}"""
                .formatted(PROJECT_ID));
    }

    @AfterEach
    void backToNormal() {
        StubControl.up();
        StubControl.secure();
        circuitBreakers.resetAll();
    }

    @Test
    void readsAProjectAndIgnoresFieldsItDoesNotNeed() {
        Project project = client.project(PROJECT_ID).orElseThrow();

        assertEquals("SJZWFW-2026-P01", project.code());
        assertEquals("SJZWFW", project.departmentCode());
        assertEquals(2026, project.fiscalYear());
        assertEquals(new BigDecimal("32775.00"), project.amount());
        assertTrue(project.hasPaymentTerms());
    }

    @Test
    void aProjectWithoutAFieldThisServiceReadsBreaksTheContractInto503() {
        StubControl.registerProject("""
                {"id": %d, "code": "SJZWFW-2026-P01", "name": "松江区政务服务中心工作服项目", "fiscalYear": 2026,
                 "departmentCode": "SJZWFW", "budgetAmount": 32775.00, "paymentTerms": null}"""
                .formatted(PROJECT_ID));

        ApiProblem problem = assertThrows(ApiProblem.class, () -> client.project(PROJECT_ID));

        assertEquals(503, problem.status());
        assertTrue(problem.getMessage().contains("answered outside its contract: field 'amount' is missing"),
                problem.getMessage());
    }

    @Test
    void anUnknownProjectIsEmptyAndDoesNotCountAsAFailure() {
        for (int i = 0; i < 6; i++) {
            assertTrue(client.project(987_654_321L).isEmpty());
        }
        assertTrue(client.project(PROJECT_ID).isPresent(), "the circuit must stay closed after 404s");
    }

    @Test
    void readsTheDeclaredProcurementBudgetOfTheSeedDepartment() {
        DepartmentBudget.Procurement procurement = client.departmentBudget("SJZWFW", 2026).orElseThrow().procurement();

        assertEquals(new BigDecimal("32775.00"), procurement.goods());
        assertEquals(new BigDecimal("0.00"), procurement.works());
        assertEquals(new BigDecimal("26352441.40"), procurement.services());
        assertEquals(new BigDecimal("26385216.40"), procurement.total());
        assertEquals(new BigDecimal("11374441.40"), procurement.smeReserved());
        assertEquals(new BigDecimal("0.00"), procurement.smallMicroReserved());
        assertTrue(client.departmentBudget("SJZWFW", 1999).isEmpty());
    }

    @Test
    void aFailingProjectsServiceIsRetriedAndThenA503() {
        StubControl.down();
        int before = StubControl.hits();

        ApiProblem problem = assertThrows(ApiProblem.class, () -> client.project(PROJECT_ID));

        assertEquals(503, problem.status());
        assertEquals(3, StubControl.hits() - before, "one call and two retries");
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndStopsCallingProjectsService() {
        StubControl.down();
        failUntilTheCircuitOpens();
        int before = StubControl.hits();

        ApiProblem problem = assertThrows(ApiProblem.class, () -> client.project(PROJECT_ID));

        assertEquals(503, problem.status());
        assertTrue(problem.getMessage().contains("circuit open"), problem.getMessage());
        assertEquals(before, StubControl.hits(), "an open circuit does not call projects-service");
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void aGatewayOrUnavailableAnswerIsRetriedAndOpensTheCircuit(int status) {
        StubControl.answer(status);
        int before = StubControl.hits();

        ApiProblem problem = assertThrows(ApiProblem.class, () -> client.project(PROJECT_ID));

        assertEquals(3, StubControl.hits() - before, "one call and two retries");
        assertTrue(problem.getMessage().contains("answered HTTP " + status), problem.getMessage());
        failUntilTheCircuitOpens();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500})
    void aRefusalIsAskedOnceAndNeverOpensTheCircuit(int status) {
        // The first call of a test run can outlast the timeout while the client warms up, and would be retried.
        assertTrue(client.project(PROJECT_ID).isPresent());
        StubControl.answer(status);
        for (int i = 0; i < 12; i++) {
            int before = StubControl.hits();

            if (status == 404) {
                assertTrue(client.project(PROJECT_ID).isEmpty());
            } else {
                ApiProblem problem = assertThrows(ApiProblem.class, () -> client.project(PROJECT_ID));
                assertEquals(503, problem.status());
                assertTrue(problem.getMessage().contains("answered HTTP " + status), problem.getMessage());
            }
            assertEquals(before + 1, StubControl.hits(), "asked exactly once");
        }
        StubControl.up();

        assertTrue(client.project(PROJECT_ID).isPresent(), "the circuit must stay closed after " + status + "s");
    }

    /** Calls the failing projects-service until its circuit opens; fails when it never does. */
    private void failUntilTheCircuitOpens() {
        for (int i = 0; i < 10; i++) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> client.project(PROJECT_ID));
            if (problem.getMessage().contains("circuit open")) {
                return;
            }
        }
        throw new AssertionError("the circuit never opened");
    }

    @Test
    void aSlowProjectsServiceTimesOutInto503() {
        StubControl.slow();

        ApiProblem problem = assertThrows(ApiProblem.class, () -> client.project(PROJECT_ID));

        assertEquals(503, problem.status());
    }

    @Test
    void withoutACallerTokenProjectsServiceRefusesAndTheCallIsNotRetried() {
        StubControl.secure();
        int before = StubControl.hits();

        ApiProblem problem = assertThrows(ApiProblem.class, () -> client.project(PROJECT_ID));

        assertEquals(503, problem.status());
        assertTrue(problem.getMessage().contains("answered HTTP 401"), problem.getMessage());
        assertEquals(before + 1, StubControl.hits());
    }
}
