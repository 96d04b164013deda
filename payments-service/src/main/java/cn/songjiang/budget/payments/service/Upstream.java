package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.support.client.ContractViolation;
import cn.songjiang.budget.support.problem.ApiProblem;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Calls another service and turns every way it can fail into a 503 problem, so a request that needs a service
 * that is down answers clearly and — because callers read before they write — stores nothing.
 */
final class Upstream {

    private Upstream() {
    }

    static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiProblem e) {
            throw e;
        } catch (ContractViolation e) {
            throw unavailable(service, e.getMessage(), e);
        } catch (CircuitBreakerOpenException e) {
            throw unavailable(service, "circuit breaker open after repeated failures", e);
        } catch (TimeoutException e) {
            throw unavailable(service, "no answer in time", e);
        } catch (WebApplicationException e) {
            throw unavailable(service, "answered HTTP " + e.getResponse().getStatus(), e);
        } catch (RuntimeException e) {
            throw unavailable(service, "unreachable", e);
        }
    }

    private static ApiProblem unavailable(String service, String reason, RuntimeException cause) {
        Log.warnf("%s unavailable: %s (%s)", service, reason, cause.toString());
        return ApiProblem.serviceUnavailable(service, reason);
    }
}
