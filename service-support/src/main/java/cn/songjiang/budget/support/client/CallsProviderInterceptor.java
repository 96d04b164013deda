package cn.songjiang.budget.support.client;

import cn.songjiang.budget.support.problem.ApiProblem;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Turns the failures of a {@link CallsProvider} bean into its 503 problem. */
@CallsProvider("")
@Interceptor
// Runs around SmallRye Fault Tolerance (PLATFORM_AFTER + 10), so it sees what is left after retries and breaker.
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class CallsProviderInterceptor {

    @AroundInvoke
    Object toProblem(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (ApiProblem | ProviderPages.TooManyItems e) {
            // The provider answered; the caller decides what a list past its bound means.
            throw e;
        } catch (RuntimeException e) {
            throw ProviderUnavailable.problem(context.getInterceptorBinding(CallsProvider.class).value(), e);
        }
    }
}
