package cn.songjiang.budget.console.client;

import cn.songjiang.budget.console.client.ProjectsViews.BudgetDocument;
import cn.songjiang.budget.console.client.ProjectsViews.Finding;
import cn.songjiang.budget.console.client.ProjectsViews.NewObservation;
import cn.songjiang.budget.console.client.ProjectsViews.Project;
import cn.songjiang.budget.console.client.ProjectsViews.ProjectPage;
import cn.songjiang.budget.console.client.ProjectsViews.Resolution;
import cn.songjiang.budget.console.client.ProjectsViews.TargetTree;
import cn.songjiang.budget.support.client.ContractViolation;
import cn.songjiang.budget.support.client.ProviderJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Calls projects-service as the signed-in user; reads are retried once when the service did not answer. */
@ApplicationScoped
public class ProjectsClient {

    public static final String SERVICE = "projects-service";
    private static final int PAGE_SIZE = 200;

    private final ProjectsApi api;

    ProjectsClient(@RestClient ProjectsApi api) {
        this.api = api;
    }

    /** Every project of the department in the fiscal year, all pages. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public List<Project> projects(int fiscalYear, String departmentCode) {
        List<Project> all = new ArrayList<>();
        int page = 0;
        ProjectPage current;
        do {
            int requested = page;
            current = ProviderJson.read(() -> api.projects(fiscalYear, departmentCode, requested, PAGE_SIZE));
            all.addAll(current.items());
            page++;
        } while (page < current.totalPages());
        return all;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public Project project(long id) {
        return ProviderJson.read(() -> api.project(id));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public TargetTree targets(long projectId) {
        return ProviderJson.read(() -> api.targets(projectId));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public void observe(long projectId, long targetId, NewObservation observation) {
        api.observe(projectId, targetId, observation).close();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public List<BudgetDocument> documents() {
        return ProviderJson.read(() -> api.documents(100)).items();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = { ContractViolation.class, WebApplicationException.class })
    public List<Finding> findings(long documentId) {
        return ProviderJson.read(() -> api.findings(documentId, 500)).items();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public void resolve(long documentId, long findingId, BigDecimal correctedAmount, String reason) {
        api.resolve(documentId, findingId, new Resolution(correctedAmount, reason)).close();
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    public void importDocument(String markdown) {
        api.importDocument(markdown).close();
    }
}
