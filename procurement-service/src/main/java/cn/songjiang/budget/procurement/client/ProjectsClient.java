package cn.songjiang.budget.procurement.client;

import cn.songjiang.budget.support.client.CallsProvider;
import cn.songjiang.budget.support.client.ProviderCalls;
import cn.songjiang.budget.support.client.ProviderDown;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way this service talks to projects-service. An unknown project or department budget is
 * {@link Optional#empty()}; when projects-service cannot answer (down, failing, slow, or its circuit is open)
 * the call ends in a 503 problem, so the caller stores nothing. Both calls are idempotent reads: each has a
 * timeout, retries and a circuit breaker, whose values are configuration (service-support's defaults). Only a
 * provider that is down or slow is retried and counted; a refusal or an answer outside the contract is not.
 */
@CallsProvider(ProjectsClient.SERVICE)
@ApplicationScoped
public class ProjectsClient {

    public static final String SERVICE = "projects-service";

    private final ProjectsApi api;

    public ProjectsClient(@RestClient ProjectsApi api) {
        this.api = api;
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public Optional<Project> project(long id) {
        return ProviderCalls.optional(() -> api.project(id));
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public Optional<DepartmentBudget> departmentBudget(String departmentCode, int fiscalYear) {
        return ProviderCalls.optional(() -> api.departmentBudget(departmentCode, fiscalYear));
    }
}
