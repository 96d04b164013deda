package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.support.client.ProviderUnavailable;
import cn.songjiang.budget.support.problem.ApiProblem;
import java.util.function.Supplier;

/**
 * Calls another service and turns every way it can fail into the 503 problem of {@link ProviderUnavailable}, so a
 * request that needs a service that is down answers clearly and — because callers read before they write —
 * stores nothing.
 */
final class Upstream {

    private Upstream() {
    }

    static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiProblem e) {
            throw e;
        } catch (RuntimeException e) {
            throw ProviderUnavailable.problem(service, e);
        }
    }
}
