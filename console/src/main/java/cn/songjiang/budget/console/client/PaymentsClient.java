package cn.songjiang.budget.console.client;

import cn.songjiang.budget.console.client.PaymentsViews.DuePage;
import cn.songjiang.budget.console.client.PaymentsViews.Execution;
import cn.songjiang.budget.console.client.PaymentsViews.Forecast;
import cn.songjiang.budget.console.client.PaymentsViews.Payment;
import cn.songjiang.budget.console.client.PaymentsViews.Plan;
import cn.songjiang.budget.console.client.PaymentsViews.RecordEvent;
import cn.songjiang.budget.console.client.PaymentsViews.RecordPayment;
import cn.songjiang.budget.console.client.PaymentsViews.Reversal;
import cn.songjiang.budget.support.client.ContractViolation;
import cn.songjiang.budget.support.client.ProviderJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls payments-service as the signed-in user. Reads have a timeout and are retried when the service did not
 * answer; writes are sent once (a payment carries its Idempotency-Key, so a resubmitted form is still one payment).
 */
@ApplicationScoped
public class PaymentsClient {

    public static final String SERVICE = "payments-service";

    private final PaymentsApi api;

    PaymentsClient(@RestClient PaymentsApi api) {
        this.api = api;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public Execution execution(int fiscalYear) {
        return ProviderJson.read(() -> api.execution(fiscalYear));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public Forecast forecast(int fiscalYear, int months) {
        return ProviderJson.read(() -> api.forecast(fiscalYear, months));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public DuePage due(DueFilter filter) {
        return ProviderJson.read(() -> api.due(filter.dueWithinDays(), filter.overdue(), filter.fiscalClose(),
                filter.supplierSizes(), filter.projectId(), filter.contractId(), filter.sort(), filter.page(),
                filter.size()));
    }

    /** The filtered list as xlsx or csv ({@code text/csv}), passed through as the service streams it. */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public Response dueExport(String mediaType, DueFilter filter) {
        return "text/csv".equals(mediaType)
                ? api.dueCsv(filter.dueWithinDays(), filter.overdue(), filter.fiscalClose(), filter.supplierSizes(),
                        filter.projectId(), filter.contractId(), filter.sort())
                : api.dueExcel(filter.dueWithinDays(), filter.overdue(), filter.fiscalClose(), filter.supplierSizes(),
                        filter.projectId(), filter.contractId(), filter.sort());
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public List<Plan> plansOfProject(long projectId) {
        return ProviderJson.read(() -> api.plans(projectId, 200)).items();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public List<Payment> payments(long installmentId) {
        return ProviderJson.read(() -> api.payments(installmentId));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public PaymentsViews.Installment installment(long installmentId) {
        return ProviderJson.read(() -> api.installment(installmentId));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public void recordEvent(long installmentId, RecordEvent event) {
        api.recordEvent(installmentId, event).close();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public void recordPayment(long installmentId, String idempotencyKey, RecordPayment payment) {
        api.recordPayment(installmentId, idempotencyKey, payment).close();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public void reverse(long paymentId, String reason) {
        api.reverse(paymentId, new Reversal(reason)).close();
    }
}
