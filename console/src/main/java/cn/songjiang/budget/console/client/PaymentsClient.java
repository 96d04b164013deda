package cn.songjiang.budget.console.client;

import cn.songjiang.budget.console.client.PaymentsViews.DuePage;
import cn.songjiang.budget.console.client.PaymentsViews.Execution;
import cn.songjiang.budget.console.client.PaymentsViews.Forecast;
import cn.songjiang.budget.console.client.PaymentsViews.Payment;
import cn.songjiang.budget.console.client.PaymentsViews.Plan;
import cn.songjiang.budget.console.client.PaymentsViews.RecordEvent;
import cn.songjiang.budget.console.client.PaymentsViews.RecordPayment;
import cn.songjiang.budget.console.client.PaymentsViews.Reversal;
import cn.songjiang.budget.support.client.ProviderCalls;
import cn.songjiang.budget.support.client.ProviderDown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls payments-service as the signed-in user, as every client of the platform does ({@code ProviderCalls}): reads
 * are retried and counted by a circuit breaker only when the service did not answer or answered 502/503/504; its
 * other refusals come back at once as {@code ProviderError} for the page to show. Writes are sent once (a payment
 * carries its Idempotency-Key, so a resubmitted form is still one payment).
 */
@ApplicationScoped
public class PaymentsClient {

    public static final String SERVICE = "payments-service";

    private final PaymentsApi api;

    PaymentsClient(@RestClient PaymentsApi api) {
        this.api = api;
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public Execution execution(int fiscalYear) {
        return ProviderCalls.read(() -> api.execution(fiscalYear));
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public Forecast forecast(int fiscalYear, int months) {
        return ProviderCalls.read(() -> api.forecast(fiscalYear, months));
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public DuePage due(DueFilter filter) {
        return ProviderCalls.read(() -> api.due(filter.dueWithinDays(), filter.overdue(), filter.fiscalClose(),
                filter.supplierSizes(), filter.projectId(), filter.contractId(), filter.sort(), filter.page(),
                filter.size()));
    }

    /** The filtered list as xlsx or csv ({@code text/csv}), passed through as the service streams it. */
    @Timeout
    public Response dueExport(String mediaType, DueFilter filter) {
        return "text/csv".equals(mediaType)
                ? api.dueCsv(filter.dueWithinDays(), filter.overdue(), filter.fiscalClose(), filter.supplierSizes(),
                        filter.projectId(), filter.contractId(), filter.sort())
                : api.dueExcel(filter.dueWithinDays(), filter.overdue(), filter.fiscalClose(), filter.supplierSizes(),
                        filter.projectId(), filter.contractId(), filter.sort());
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public List<Plan> plansOfProject(long projectId) {
        // The list answers summaries (payments 4.0.0); each plan's installments come with the plan itself.
        return ProviderCalls.read(() -> api.plans(projectId, 200).items().stream()
                .map(summary -> api.plan(summary.id())).toList());
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public List<Payment> payments(long installmentId) {
        return ProviderCalls.read(() -> api.payments(installmentId));
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public PaymentsViews.Installment installment(long installmentId) {
        return ProviderCalls.read(() -> api.installment(installmentId));
    }

    @Timeout
    public void recordEvent(long installmentId, RecordEvent event) {
        api.recordEvent(installmentId, event).close();
    }

    @Timeout
    public void recordPayment(long installmentId, String idempotencyKey, RecordPayment payment) {
        api.recordPayment(installmentId, idempotencyKey, payment).close();
    }

    @Timeout
    public void reverse(long paymentId, String reason) {
        api.reverse(paymentId, new Reversal(reason)).close();
    }
}
