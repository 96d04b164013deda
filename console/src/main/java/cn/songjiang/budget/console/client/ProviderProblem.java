package cn.songjiang.budget.console.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's problem+json answer (RFC 9457) as the console shows it: the detail, and each violation beside the
 * field it names.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProviderProblem(String type, String title, int status, String detail, String rule,
        List<Violation> violations) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Violation(String field, String reason) {
    }

    /** The problem a service answered with; its status alone when the body is not a problem. */
    public static ProviderProblem of(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        try {
            ProviderProblem problem = e.getResponse().readEntity(ProviderProblem.class);
            if (problem != null) {
                return problem.status() == 0 ? problem.withStatus(status) : problem;
            }
        } catch (RuntimeException unreadable) {
            // not a problem body: fall through to the status alone
        }
        return new ProviderProblem(null, "HTTP " + status, status, null, null, List.of());
    }

    private ProviderProblem withStatus(int status) {
        return new ProviderProblem(type, title, status, detail, rule, violations);
    }

    /** Reason per field name, for drawing each beside its field. */
    public Map<String, String> byField() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (violations != null) {
            violations.forEach(v -> fields.merge(v.field(), v.reason(), (a, b) -> a + "; " + b));
        }
        return fields;
    }

    /** 409 or 412: someone else changed the record first. */
    public boolean staleRecord() {
        return status == 409 || status == 412;
    }

    public String message() {
        return detail != null ? detail : title;
    }
}
