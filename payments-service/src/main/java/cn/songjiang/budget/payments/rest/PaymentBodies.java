package cn.songjiang.budget.payments.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the body of a payment on the IO thread, before the request goes to a worker thread. RESTEasy Reactive does
 * this for non-blocking methods only: for a blocking one the worker thread starts first and waits for the IO thread
 * to hand it the body, one more switch between the two per payment (and an IOException when the client leaves
 * meanwhile). Only for a body that declares its length: service-support's BodyLimit has refused one over the limit
 * before this runs, and a chunked body is still counted while it is read.
 */
@ApplicationScoped
public class PaymentBodies {

    /** POST /api/v1/installments/{id}/payments. */
    static final String ROUTE = "/api/v1/installments/[^/]+/payments";
    /** After BodyLimit's checks (orders -3 and -1), before RESTEasy Reactive's route. */
    private static final int ORDER = -1;

    private final long limit;

    public PaymentBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.limit = limit.map(MemorySize::asLongValue).orElse(-1L);
    }

    void routes(@Observes Router router) {
        BodyHandler read = BodyHandler.create(false).setBodyLimit(limit);
        router.postWithRegex(ROUTE).order(ORDER).handler(context -> {
            if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) != null) {
                read.handle(context);
            } else {
                context.next();
            }
        });
    }
}
