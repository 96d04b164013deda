package cn.songjiang.budget.payments.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.payments.domain.Limits;
import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.Stubs;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.payments.testing.TestProject.TermInstallment;
import cn.songjiang.budget.support.client.ProviderPages;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Consumer tests of the two clients against a stub that answers in the shape of the providers' contracts. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class ProvidersClientTest {

    private static final long UNKNOWN_ID = 987654321L;
    private static final Duration BREAKER_CLOSES_WITHIN = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 100;

    @Inject
    ProjectsClient projects;

    @Inject
    ProcurementClient procurement;

    @Test
    void readsAProjectWithItsParsedTerms() {
        TestProject project = TestProject.withBudget("469997.00").targetCompletion("0.4567")
                .terms("INSTALLMENTS", "合同签订后支付30%，11月上旬（财政关账前）支付70%",
                        TermInstallment.of(30, "CONTRACT_SIGNED", "合同签订后支付30%"),
                        TermInstallment.fiscalClose(70, 2026, "11月上旬（财政关账前）支付70%"))
                .register();

        ProjectView view = projects.project(project.id).orElseThrow();

        assertEquals(new BigDecimal("469997.00"), view.amount());
        assertEquals(new BigDecimal("0.4567"), view.targetCompletion());
        assertEquals("SJZWFW", view.departmentCode());
        assertEquals(2, view.paymentTerms().installments().size());
        assertEquals(LocalDate.of(2026, 11, 10), view.paymentTerms().installments().get(1).dueDate());
        assertEquals("FIXED_DATE", view.paymentTerms().installments().get(1).trigger());
    }

    @Test
    void aMissingProjectIsEmpty() {
        assertTrue(projects.project(UNKNOWN_ID).isEmpty());
    }

    @Test
    void listsEveryPageOfAFiscalYear() {
        int year = 2041;
        for (int i = 0; i < 3; i++) {
            TestProject.withBudget("1.00").fiscalYear(year).register();
        }

        List<ProjectView> list = projects.projects(year, "SJZWFW", Limits.MAX_PROJECTS);

        assertEquals(3, list.size());
    }

    @Test
    void aYearWithMoreProjectsThanTheBoundIsRefusedNotCut() {
        int year = 2042;
        for (int i = 0; i < 3; i++) {
            TestProject.withBudget("1.00").fiscalYear(year).register();
        }

        ProviderPages.TooManyItems refused = assertThrows(ProviderPages.TooManyItems.class,
                () -> projects.projects(year, "SJZWFW", 2));

        assertEquals(3, refused.total());
    }

    @Test
    void readsAContract() {
        TestProject project = TestProject.withBudget("100.00").register();
        TestContract contract = TestContract.of(project, "88.80").supplierSize("MICRO").paymentTermDays(45)
                .latePaymentDailyRate("0.0004").signed(LocalDate.of(2026, 2, 1)).register();

        ContractView view = procurement.contract(contract.id).orElseThrow();

        assertEquals(project.id, view.projectId());
        assertEquals(new BigDecimal("88.80"), view.value());
        assertEquals("MICRO", view.supplierSizeAtSigning());
        assertEquals(45, view.paymentTermDays());
        assertEquals(new BigDecimal("0.0004"), view.latePaymentDailyRate());
        assertEquals(LocalDate.of(2026, 2, 1), view.signedDate());
        assertEquals(TestContract.SUPPLIER_CREDIT_CODE, view.supplier().creditCode());
    }

    @Test
    void aMissingContractIsEmptyAndNotAFailure() {
        for (int i = 0; i < 20; i++) {
            assertTrue(procurement.contract(UNKNOWN_ID).isEmpty());
        }
    }

    @Test
    void aSlowProviderTimesOutInto503() {
        Stubs.slow(Stubs.PROCUREMENT);
        try {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> procurement.contract(UNKNOWN_ID));
            assertEquals(503, problem.status());
        } finally {
            Stubs.up(Stubs.PROCUREMENT);
        }
    }

    @Test
    void repeatedFailuresOpenTheBreakerWhichClosesAgainLater() throws InterruptedException {
        TestProject project = TestProject.withBudget("100.00").register();
        Stubs.down(Stubs.PROJECTS);
        try {
            int before = Stubs.hits(Stubs.PROJECTS);
            ApiProblem first = assertThrows(ApiProblem.class, () -> projects.project(project.id));
            assertEquals(3, Stubs.hits(Stubs.PROJECTS) - before, "one call and two retries");
            assertTrue(first.getMessage().contains("answered HTTP 503"), first.getMessage());
            failUntilTheBreakerOpens(project.id);
        } finally {
            Stubs.up(Stubs.PROJECTS);
        }
        int before = Stubs.hits(Stubs.PROJECTS);
        ApiProblem open = assertThrows(ApiProblem.class, () -> projects.project(project.id));
        assertTrue(open.getMessage().contains("circuit open"), open.getMessage());
        assertEquals(before, Stubs.hits(Stubs.PROJECTS), "an open breaker does not call projects-service");

        // The test profile shortens the breaker's delay (service-support's microprofile-config.properties).
        assertEquals(project.id, readOnceTheBreakerCloses(project.id).id());
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 422})
    void aRefusalIsAskedOnceAndNeverOpensTheBreaker(int status) {
        TestContract contract = TestContract.of(TestProject.withBudget("100.00").register(), "10.00").register();
        assertTrue(procurement.contract(contract.id).isPresent());
        Stubs.answer(Stubs.PROCUREMENT, status);
        try {
            for (int i = 0; i < 12; i++) {
                int before = Stubs.hits(Stubs.PROCUREMENT);

                ApiProblem problem = assertThrows(ApiProblem.class, () -> procurement.contract(contract.id));

                assertEquals(503, problem.status());
                assertTrue(problem.getMessage().contains("answered HTTP " + status), problem.getMessage());
                assertEquals(before + 1, Stubs.hits(Stubs.PROCUREMENT), "asked exactly once");
            }
        } finally {
            Stubs.up(Stubs.PROCUREMENT);
        }
        assertTrue(procurement.contract(contract.id).isPresent(), "the breaker must stay closed after " + status + "s");
    }

    private void failUntilTheBreakerOpens(long projectId) {
        for (int i = 0; i < 10; i++) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> projects.project(projectId));
            if (problem.getMessage().contains("circuit open")) {
                return;
            }
        }
        throw new AssertionError("the breaker never opened");
    }

    private ProjectView readOnceTheBreakerCloses(long projectId) throws InterruptedException {
        Instant deadline = Instant.now().plus(BREAKER_CLOSES_WITHIN);
        while (true) {
            try {
                return projects.project(projectId).orElseThrow();
            } catch (ApiProblem stillOpen) {
                if (Instant.now().isAfter(deadline)) {
                    throw stillOpen;
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }
}
