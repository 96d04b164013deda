package cn.songjiang.budget.console.client;

import cn.songjiang.budget.console.client.PaymentsViews.DuePage;
import cn.songjiang.budget.console.client.PaymentsViews.Execution;
import cn.songjiang.budget.console.client.PaymentsViews.Forecast;
import cn.songjiang.budget.console.client.PaymentsViews.Installment;
import cn.songjiang.budget.console.client.PaymentsViews.Payment;
import cn.songjiang.budget.console.client.PaymentsViews.Plan;
import cn.songjiang.budget.console.client.PaymentsViews.PlanSummary;
import cn.songjiang.budget.console.client.PaymentsViews.RecordEvent;
import cn.songjiang.budget.console.client.PaymentsViews.RecordPayment;
import cn.songjiang.budget.console.client.PaymentsViews.Reversal;
import cn.songjiang.budget.support.client.ProviderCalls;
import cn.songjiang.budget.support.client.ProviderDown;
import cn.songjiang.budget.support.client.ProviderPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    /** The plans of a project the project page shows. */
    static final int MAX_PLANS = 200;
    /** Most installments a plan may have: the {@code maxItems} of a plan's installments in payments' document. */
    static final int MAX_INSTALLMENTS_OF_PLAN = 240;

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
        // The list answers summaries (payments 4.0.0); the installments of all of them come in one list (4.1.0).
        List<PlanSummary> summaries = ProviderCalls.read(() -> api.plans(projectId, MAX_PLANS).items());
        List<Installment> all = ProviderPages.all((page, size) -> ProviderCalls.read(
                () -> api.installments(projectId, page, size)), MAX_PLANS * MAX_INSTALLMENTS_OF_PLAN);
        Map<Long, List<Installment>> installments = all.stream().collect(Collectors.groupingBy(Installment::planId));
        return summaries.stream().map(plan -> new Plan(plan.id(), plan.contractId(), plan.supplier(), plan.kind(),
                plan.value(), plan.clauseText(), installments.getOrDefault(plan.id(), List.of()))).toList();
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
