package cn.songjiang.budget.payments.client;

import cn.songjiang.budget.support.client.CallsProvider;
import cn.songjiang.budget.support.client.ProviderCalls;
import cn.songjiang.budget.support.client.ProviderDown;
import cn.songjiang.budget.support.client.ProviderPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads projects from projects-service. Every call has a timeout and sits behind a circuit breaker; reads are
 * retried (values in configuration). A missing project is {@link Optional#empty()}, never a failure the breaker
 * counts; when projects-service cannot answer, the call ends in a 503 problem.
 */
@CallsProvider(ProjectsClient.SERVICE)
@ApplicationScoped
public class ProjectsClient {

    public static final String SERVICE = "projects-service";

    private final ProjectsApi api;

    ProjectsClient(@RestClient ProjectsApi api) {
        this.api = api;
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public Optional<ProjectView> project(long id) {
        return ProviderCalls.optional(() -> api.project(id));
    }

    /**
     * Every project of the department in the fiscal year, all pages of the largest size (a longer timeout:
     * application.properties).
     *
     * @throws ProviderPages.TooManyItems when the department has more than {@code maxProjects} projects that year
     */
    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public List<ProjectView> projects(int fiscalYear, String departmentCode, int maxProjects) {
        return ProviderPages.all((page, size) -> ProviderCalls.read(
                () -> api.projects(fiscalYear, departmentCode, page, size)), maxProjects);
    }
}
