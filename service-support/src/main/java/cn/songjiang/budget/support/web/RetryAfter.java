package cn.songjiang.budget.support.web;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every 503 answer tells the client when to try again ({@code Retry-After}, RFC 9110 §10.2.3), whatever produced
 * it: a problem of ProblemMappers (a dependency or the database is down), the server while it shuts down, or a
 * readiness check on the management interface.
 */
@ApplicationScoped
public class RetryAfter {

    public static final String HEADER = "Retry-After";

    private final String seconds;

    public RetryAfter(@ConfigProperty(name = "budget.retry-after-seconds", defaultValue = "5") int seconds) {
        this.seconds = Integer.toString(seconds);
    }

    void onPublicRouter(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::onEveryAnswer);
    }

    void onManagementRouter(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(this::onEveryAnswer);
    }

    private void onEveryAnswer(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            if (context.response().getStatusCode() == 503 && !context.response().headers().contains(HEADER)) {
                context.response().putHeader(HEADER, seconds);
            }
        });
        context.next();
    }
}
