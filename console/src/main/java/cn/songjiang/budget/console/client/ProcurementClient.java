package cn.songjiang.budget.console.client;

import cn.songjiang.budget.console.client.ProcurementViews.AmendmentRequest;
import cn.songjiang.budget.console.client.ProcurementViews.Budget;
import cn.songjiang.budget.console.client.ProcurementViews.Contract;
import cn.songjiang.budget.console.client.ProcurementViews.ContractRequest;
import cn.songjiang.budget.console.client.ProcurementViews.Plan;
import cn.songjiang.budget.console.client.ProcurementViews.StatusChange;
import cn.songjiang.budget.console.client.ProcurementViews.Supplier;
import cn.songjiang.budget.console.client.ProcurementViews.SupplierRequest;
import cn.songjiang.budget.console.client.ProcurementViews.Warning;
import cn.songjiang.budget.support.client.ProviderCalls;
import cn.songjiang.budget.support.client.ProviderDown;
import cn.songjiang.budget.support.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls procurement-service as the signed-in user, as every client of the platform does ({@code ProviderCalls}): reads are
 * retried and counted by a circuit breaker only when the service did not answer or answered 502/503/504; its
 * other refusals come back at once as {@code ProviderError} for the page to show. Writes are sent once.
 */
@ApplicationScoped
public class ProcurementClient {

    public static final String SERVICE = "procurement-service";

    private final ProcurementApi api;

    ProcurementClient(@RestClient ProcurementApi api) {
        this.api = api;
    }

    /** The department's procurement budget of the year, when one was registered. */
    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public Optional<Budget> budget(int fiscalYear, String departmentCode) {
        return ProviderCalls.read(() -> api.budgets(fiscalYear, departmentCode)).items().stream().findFirst();
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public List<Warning> smeWarnings(long budgetId) {
        return ProviderCalls.read(() -> api.compliance(budgetId)).warnings();
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public List<Plan> plans() {
        return ProviderCalls.read(() -> api.plans(500)).items();
    }

    @Timeout
    public void changeStatus(long planId, long version, String status, String reason) {
        api.changeStatus(planId, ETags.of(version).toString(), new StatusChange(status, reason)).close();
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public List<Supplier> suppliers() {
        return ProviderCalls.read(() -> api.suppliers(500)).items();
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public List<Contract> contracts() {
        return ProviderCalls.read(() -> api.contracts(500)).items();
    }

    /** Writes are sent once: a retry could register the same supplier or contract twice. */
    @Timeout
    public void createSupplier(SupplierRequest supplier) {
        api.createSupplier(supplier).close();
    }

    @Timeout
    public void createContract(ContractRequest contract) {
        api.createContract(contract).close();
    }

    /** Amends the contract as it was at {@code version} (If-Match); a newer one is a 412. */
    @Timeout
    public void amend(long contractId, long version, AmendmentRequest amendment) {
        api.amend(contractId, ETags.of(version).toString(), amendment).close();
    }
}
