package cn.songjiang.budget.payments.client;

import cn.songjiang.budget.support.client.ContractViolation;
import cn.songjiang.budget.support.client.ProviderJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads projects from projects-service. Every call has a timeout and sits behind a circuit breaker; reads are
 * retried. A missing project is {@link Optional#empty()}, never a failure the breaker counts.
 */
@ApplicationScoped
public class ProjectsClient {

    public static final String SERVICE = "projects-service";
    private static final int PAGE_SIZE = 200;

    private final ProjectsApi api;

    ProjectsClient(@RestClient ProjectsApi api) {
        this.api = api;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = ContractViolation.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ContractViolation.class)
    public Optional<ProjectView> project(long id) {
        try {
            return Optional.of(ProviderJson.read(() -> api.project(id)));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Every project of the department in the fiscal year, all pages. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = ContractViolation.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ContractViolation.class)
    public List<ProjectView> projects(int fiscalYear, String departmentCode) {
        List<ProjectView> all = new ArrayList<>();
        int page = 0;
        ProjectPageView current;
        do {
            int requested = page;
            current = ProviderJson.read(() -> api.projects(fiscalYear, departmentCode, requested, PAGE_SIZE));
            all.addAll(current.items());
            page++;
        } while (page < current.totalPages());
        return all;
    }
}
