package cn.songjiang.budget.procurement.client;

import cn.songjiang.budget.support.client.ContractViolation;
import cn.songjiang.budget.support.client.ProviderJson;
import cn.songjiang.budget.support.client.ProviderUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

/**
 * The one way this service talks to projects-service. An unknown project or department budget is
 * {@link Optional#empty()}; when projects-service cannot answer (down, failing, slow, or its circuit is open)
 * the call ends in a 503 problem, so the caller stores nothing. Both calls are idempotent reads: each has a
 * timeout, retries and a circuit breaker. A refusal or an answer outside the contract is not retried.
 */
@ApplicationScoped
public class ProjectsClient {

    public static final String SERVICE = "projects-service";

    private final ProjectsApi api;

    public ProjectsClient(@RestClient ProjectsApi api) {
        this.api = api;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {Refused.class, ContractViolation.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = {Refused.class, ContractViolation.class})
    @Fallback(value = ProjectUnavailable.class)
    public Optional<Project> project(long id) {
        try {
            return Optional.of(ProviderJson.read(() -> api.project(id)));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {Refused.class, ContractViolation.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = {Refused.class, ContractViolation.class})
    @Fallback(value = DepartmentBudgetUnavailable.class)
    public Optional<DepartmentBudget> departmentBudget(String departmentCode, int fiscalYear) {
        try {
            return Optional.of(ProviderJson.read(() -> api.departmentBudget(departmentCode, fiscalYear)));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    /** Turns any failure of {@link #project} into a 503 problem. */
    public static class ProjectUnavailable implements FallbackHandler<Optional<Project>> {
        @Override
        public Optional<Project> handle(ExecutionContext context) {
            throw ProviderUnavailable.problem(SERVICE, context.getFailure());
        }
    }

    /** Turns any failure of {@link #departmentBudget} into a 503 problem. */
    public static class DepartmentBudgetUnavailable implements FallbackHandler<Optional<DepartmentBudget>> {
        @Override
        public Optional<DepartmentBudget> handle(ExecutionContext context) {
            throw ProviderUnavailable.problem(SERVICE, context.getFailure());
        }
    }

    /** projects-service says the resource does not exist (404). */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("not found in projects-service", null, false, false);
        }
    }

    /** projects-service refused the call (4xx other than 404): retrying will not help. */
    static final class Refused extends ClientWebApplicationException {
        Refused(int status) {
            super("projects-service refused the call with " + status, status);
        }
    }
}
