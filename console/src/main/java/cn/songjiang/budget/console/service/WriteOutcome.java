package cn.songjiang.budget.console.service;

import cn.songjiang.budget.console.client.ProviderProblem;
import cn.songjiang.budget.support.client.ProviderUnavailable;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;

/**
 * What came of a write sent to a service: done, or the service's problem (a 400's violations are drawn beside
 * their fields; a 409/412 offers a reload; a 503 says which service is down and that nothing was stored).
 */
public record WriteOutcome(ProviderProblem problem) {

    public static WriteOutcome attempt(String service, Runnable write) {
        try {
            write.run();
            return new WriteOutcome(null);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500) {
                return unavailable(service, e);
            }
            return new WriteOutcome(ProviderProblem.of(e));
        } catch (RuntimeException e) {
            return unavailable(service, e);
        }
    }

    private static WriteOutcome unavailable(String service, RuntimeException e) {
        return new WriteOutcome(new ProviderProblem(null, "Service unavailable", 503,
                ProviderUnavailable.problem(service, e).getMessage(), null, List.of()));
    }

    public static WriteOutcome none() {
        return new WriteOutcome(null);
    }

    public boolean ok() {
        return problem == null;
    }

    public boolean failed() {
        return problem != null;
    }

    /** The reason a service gave for one field, or null. */
    public String field(String name) {
        return problem == null ? null : problem.byField().get(name);
    }

    public Map<String, String> fields() {
        return problem == null ? Map.of() : problem.byField();
    }
}
