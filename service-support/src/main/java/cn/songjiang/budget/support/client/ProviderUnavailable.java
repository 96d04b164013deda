package cn.songjiang.budget.support.client;

import cn.songjiang.budget.support.problem.ApiProblem;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Turns a failed call to another service into the 503 problem every service answers with: the caller learns which
 * service failed and how, and, when its request was a write, that nothing was stored (a request reads before it
 * writes; see {@link ApiProblem#problemFor}). The answer carries {@code Retry-After} like every 503.
 */
public final class ProviderUnavailable {

    private static final Logger LOG = Logger.getLogger(ProviderUnavailable.class);

    private ProviderUnavailable() {
    }

    public static ApiProblem problem(String service, Throwable failure) {
        String reason = reason(failure);
        LOG.warnf("%s unavailable: %s (%s)", service, reason, failure);
        return ApiProblem.serviceUnavailable(service, reason);
    }

    private static String reason(Throwable failure) {
        if (failure instanceof ContractViolation violation) {
            return violation.getMessage();
        }
        if (failure instanceof ProviderDown down) {
            return down.status() != 0 ? down.getMessage() : "not reachable or no answer in time";
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return "circuit open after repeated failures";
        }
        if (failure instanceof TimeoutException) {
            return "no answer in time";
        }
        if (failure instanceof WebApplicationException answered) {
            return "answered HTTP " + answered.getResponse().getStatus();
        }
        return "not reachable or failing";
    }
}
