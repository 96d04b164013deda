package cn.songjiang.budget.payments.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.payments.testing.ProviderStub;
import cn.songjiang.budget.payments.testing.Stubs;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.payments.testing.TestProject.TermInstallment;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

/** Consumer tests of the two clients against a stub that answers in the shape of the providers' contracts. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderStub.class)
class ProvidersClientTest {

    private static final long UNKNOWN_ID = 987654321L;
    private static final long BREAKER_DELAY_MILLIS = 5_500;

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

        List<ProjectView> list = projects.projects(year, "SJZWFW");

        assertEquals(3, list.size());
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
    void aSlowProviderTimesOut() {
        Stubs.slow(Stubs.PROCUREMENT);
        try {
            assertThrows(RuntimeException.class, () -> procurement.contract(UNKNOWN_ID));
        } finally {
            Stubs.up(Stubs.PROCUREMENT);
        }
    }

    @Test
    void repeatedFailuresOpenTheBreakerWhichClosesAgainLater() throws InterruptedException {
        TestProject project = TestProject.withBudget("100.00").register();
        Stubs.down(Stubs.PROJECTS);
        boolean opened = false;
        try {
            for (int i = 0; i < 10 && !opened; i++) {
                try {
                    projects.project(project.id);
                } catch (CircuitBreakerOpenException e) {
                    opened = true;
                } catch (RuntimeException expected) {
                    // A failure the breaker counts.
                }
            }
        } finally {
            Stubs.up(Stubs.PROJECTS);
        }
        assertTrue(opened, "the breaker never opened");
        assertThrows(CircuitBreakerOpenException.class, () -> projects.project(project.id));

        Thread.sleep(BREAKER_DELAY_MILLIS);

        assertEquals(project.id, projects.project(project.id).orElseThrow().id());
    }
}
