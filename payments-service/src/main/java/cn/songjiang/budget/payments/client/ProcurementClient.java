package cn.songjiang.budget.payments.client;

import cn.songjiang.budget.support.client.ContractViolation;
import cn.songjiang.budget.support.client.ProviderJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads contracts from procurement-service, with a timeout, retries and a circuit breaker. A missing contract
 * is {@link Optional#empty()}, never a failure the breaker counts.
 */
@ApplicationScoped
public class ProcurementClient {

    public static final String SERVICE = "procurement-service";

    private final ContractsApi api;

    ProcurementClient(@RestClient ContractsApi api) {
        this.api = api;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = ContractViolation.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ContractViolation.class)
    public Optional<ContractView> contract(long id) {
        try {
            return Optional.of(ProviderJson.read(() -> api.contract(id)));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
