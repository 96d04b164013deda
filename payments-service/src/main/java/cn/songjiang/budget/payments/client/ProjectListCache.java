package cn.songjiang.budget.payments.client;

import cn.songjiang.budget.payments.config.PaymentsConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * A department's projects of a year as the execution dashboard reads them, kept for a few seconds
 * ({@code payments.execution.projects-cache-seconds}, default 5; 0 keeps nothing). Dashboards poll, and reading
 * 1,200 projects with their target completion from projects-service (3 pages of 500) was most of a dashboard's
 * time; budgets and target completion change by imports, corrections and observations, which a dashboard may show
 * seconds late. The list is the same for every caller (any role that reads the dashboard reads every project).
 * One caller at a time loads a missing list, the others wait for it; a failed read is not kept. At most
 * {@value #MAX_LISTS} lists (year, department) are kept (Caffeine drops the least used).
 */
@ApplicationScoped
public class ProjectListCache {

    private static final int MAX_LISTS = 16;

    private record Key(int fiscalYear, String departmentCode, int maxProjects) {
    }

    private final ProjectsClient projects;
    private final Cache<Key, List<ProjectView>> lists;

    @Inject
    public ProjectListCache(ProjectsClient projects, PaymentsConfig config) {
        this(projects, Duration.ofSeconds(config.execution().projectsCacheSeconds()), Ticker.systemTicker());
    }

    ProjectListCache(ProjectsClient projects, Duration keep, Ticker ticker) {
        this.projects = projects;
        this.lists = Caffeine.newBuilder().maximumSize(MAX_LISTS).expireAfterWrite(keep).ticker(ticker).build();
    }

    /** As {@link ProjectsClient#projects}, read at most once per expiry period. */
    public List<ProjectView> projects(int fiscalYear, String departmentCode, int maxProjects) {
        return lists.get(new Key(fiscalYear, departmentCode, maxProjects),
                key -> List.copyOf(projects.projects(fiscalYear, departmentCode, maxProjects)));
    }
}
