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
import cn.songjiang.budget.support.client.ContractViolation;
import cn.songjiang.budget.support.client.ProviderJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Calls procurement-service as the signed-in user; reads are retried once when the service did not answer. */
@ApplicationScoped
public class ProcurementClient {

    public static final String SERVICE = "procurement-service";

    private final ProcurementApi api;

    ProcurementClient(@RestClient ProcurementApi api) {
        this.api = api;
    }

    /** The department's procurement budget of the year, when one was registered. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public Optional<Budget> budget(int fiscalYear, String departmentCode) {
        return ProviderJson.read(() -> api.budgets(fiscalYear, departmentCode)).items().stream().findFirst();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public List<Warning> smeWarnings(long budgetId) {
        return ProviderJson.read(() -> api.compliance(budgetId)).warnings();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public List<Plan> plans() {
        return ProviderJson.read(() -> api.plans(500)).items();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public void changeStatus(long planId, long version, String status, String reason) {
        api.changeStatus(planId, "\"" + version + "\"", new StatusChange(status, reason)).close();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public List<Supplier> suppliers() {
        return ProviderJson.read(() -> api.suppliers(500)).items();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public List<Contract> contracts() {
        return ProviderJson.read(() -> api.contracts(500)).items();
    }

    /** Writes are sent once: a retry could register the same supplier or contract twice. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public void createSupplier(SupplierRequest supplier) {
        api.createSupplier(supplier).close();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public void createContract(ContractRequest contract) {
        api.createContract(contract).close();
    }

    /** Amends the contract as it was at {@code version} (If-Match); a newer one is a 412. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public void amend(long contractId, long version, AmendmentRequest amendment) {
        api.amend(contractId, "\"" + version + "\"", amendment).close();
    }
}
