package cn.songjiang.budget.console.client;

import cn.songjiang.budget.console.client.ProjectsViews.BudgetDocument;
import cn.songjiang.budget.console.client.ProjectsViews.Finding;
import cn.songjiang.budget.console.client.ProjectsViews.NewObservation;
import cn.songjiang.budget.console.client.ProjectsViews.Project;
import cn.songjiang.budget.console.client.ProjectsViews.ProjectPage;
import cn.songjiang.budget.console.client.ProjectsViews.Resolution;
import cn.songjiang.budget.console.client.ProjectsViews.TargetTree;
import cn.songjiang.budget.support.client.ProviderCalls;
import cn.songjiang.budget.support.client.ProviderDown;
import cn.songjiang.budget.support.client.ProviderPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls projects-service as the signed-in user, as every client of the platform does ({@code ProviderCalls}): reads are
 * retried and counted by a circuit breaker only when the service did not answer or answered 502/503/504; its
 * other refusals come back at once as {@code ProviderError} for the page to show. Writes are sent once.
 */
@ApplicationScoped
public class ProjectsClient {

    public static final String SERVICE = "projects-service";
    /** The most projects the list page shows, as payments' execution dashboard (its Limits.MAX_PROJECTS). */
    public static final int MAX_PROJECTS = 5_000;

    private final ProjectsApi api;

    ProjectsClient(@RestClient ProjectsApi api) {
        this.api = api;
    }

    /** Every project of the department in the fiscal year, all pages (at most {@link #MAX_PROJECTS}). */
    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public List<Project> projects(int fiscalYear, String departmentCode) {
        return ProviderPages.all((page, size) -> ProviderCalls.read(
                () -> api.projects(fiscalYear, departmentCode, page, size)), MAX_PROJECTS);
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public Project project(long id) {
        return ProviderCalls.read(() -> api.project(id));
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public TargetTree targets(long projectId) {
        return ProviderCalls.read(() -> api.targets(projectId));
    }

    @Timeout
    public void observe(long projectId, long targetId, NewObservation observation) {
        api.observe(projectId, targetId, observation).close();
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public List<BudgetDocument> documents() {
        return ProviderCalls.read(() -> api.documents(100)).items();
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public List<Finding> findings(long documentId) {
        return ProviderCalls.read(() -> api.findings(documentId, 500)).items();
    }

    @Timeout
    public void resolve(long documentId, long findingId, BigDecimal correctedAmount, String reason) {
        api.resolve(documentId, findingId, new Resolution(correctedAmount, reason)).close();
    }

    @Timeout
    public void importDocument(String markdown) {
        api.importDocument(markdown).close();
    }
}
