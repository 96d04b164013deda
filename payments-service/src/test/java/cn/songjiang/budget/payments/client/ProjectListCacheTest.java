package cn.songjiang.budget.payments.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The dashboard's project list is read from projects-service once per expiry period, all pages of 500 at a time. */
class ProjectListCacheTest {

    private static final Duration KEEP = Duration.ofSeconds(5);

    /**
     * projects-service holding 1,200 projects a year; records the pages asked for. It stands behind a proxy of
     * {@link ProjectsApi}: a test class implementing the interface would be served as a resource by the Quarkus tests
     * of this module and change the served OpenAPI document.
     */
    private static final class Projects {
        final List<String> asked = new ArrayList<>();
        RuntimeException failure;

        ProjectPageView page(int fiscalYear, String departmentCode, int page, int size) {
            asked.add(fiscalYear + ":" + page + "/" + size);
            if (failure != null) {
                throw failure;
            }
            int total = 1_200;
            List<ProjectView> items = IntStream.range(page * size, Math.min((page + 1) * size, total))
                    .mapToObj(i -> new ProjectView(i + 1, "P" + i, "项目 " + i, fiscalYear, departmentCode,
                            new BigDecimal("100.00"), null, null, null, null))
                    .toList();
            return new ProjectPageView(items, page, size, total, (total + size - 1) / size);
        }

        ProjectsApi asApi() {
            return (ProjectsApi) Proxy.newProxyInstance(ProjectsApi.class.getClassLoader(),
                    new Class<?>[] {ProjectsApi.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("projects")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        return page((int) args[0], (String) args[1], (int) args[2], (int) args[3]);
                    });
        }
    }

    private final Projects api = new Projects();
    private final AtomicLong nanos = new AtomicLong();
    private final ProjectListCache cache = new ProjectListCache(new ProjectsClient(api.asApi()), KEEP, nanos::get);

    @Test
    void aYearsListIsReadOnceInThreePagesAndReusedUntilItExpires() {
        assertEquals(1_200, cache.projects(2026, "SJZWFW", 5_000).size());
        assertEquals(List.of("2026:0/500", "2026:1/500", "2026:2/500"), api.asked);

        nanos.addAndGet(KEEP.toNanos() - 1);
        assertEquals(1_200, cache.projects(2026, "SJZWFW", 5_000).size());
        assertEquals(3, api.asked.size());

        nanos.addAndGet(1);
        assertEquals(1_200, cache.projects(2026, "SJZWFW", 5_000).size());
        assertEquals(6, api.asked.size());
    }

    @Test
    void eachYearIsAListOfItsOwn() {
        cache.projects(2026, "SJZWFW", 5_000);
        cache.projects(2025, "SJZWFW", 5_000);

        assertEquals(List.of("2026:0/500", "2026:1/500", "2026:2/500", "2025:0/500", "2025:1/500", "2025:2/500"),
                api.asked);
    }

    @Test
    void aFailedReadIsNotKept() {
        api.failure = new IllegalStateException("projects-service is down");
        assertThrows(IllegalStateException.class, () -> cache.projects(2026, "SJZWFW", 5_000));

        api.failure = null;
        assertEquals(1_200, cache.projects(2026, "SJZWFW", 5_000).size());
        assertEquals(4, api.asked.size());
    }

    @Test
    void nothingIsKeptWhenTheExpiryIsZero() {
        ProjectListCache uncached = new ProjectListCache(new ProjectsClient(api.asApi()), Duration.ZERO, nanos::get);

        uncached.projects(2026, "SJZWFW", 5_000);
        uncached.projects(2026, "SJZWFW", 5_000);

        assertEquals(6, api.asked.size());
    }
}
