package cn.songjiang.budget.payments.client;

import cn.songjiang.budget.support.client.CallsProvider;
import cn.songjiang.budget.support.client.ProviderCalls;
import cn.songjiang.budget.support.client.ProviderDown;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads contracts from procurement-service, with a timeout, retries and a circuit breaker (values in
 * configuration). A missing contract is {@link Optional#empty()}, never a failure the breaker counts; when
 * procurement-service cannot answer, the call ends in a 503 problem.
 */
@CallsProvider(ProcurementClient.SERVICE)
@ApplicationScoped
public class ProcurementClient {

    public static final String SERVICE = "procurement-service";

    private final ContractsApi api;

    ProcurementClient(@RestClient ContractsApi api) {
        this.api = api;
    }

    @Timeout
    @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
    @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
    public Optional<ContractView> contract(long id) {
        return ProviderCalls.optional(() -> api.contract(id));
    }
}
