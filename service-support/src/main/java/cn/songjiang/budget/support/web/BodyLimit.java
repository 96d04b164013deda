package cn.songjiang.budget.support.web;

import cn.songjiang.budget.support.json.SafeText;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bodies over {@code quarkus.http.limits.max-body-size} answered with a 413 problem and one warning. Quarkus refuses
 * them itself with an empty 413, and a chunked one (no Content-Length) only once it is being read, with two ERROR
 * lines. Here a declared length over the limit is answered before any byte is read, and a chunked body is counted
 * while it is read and refused at the first byte over the limit.
 */
@ApplicationScoped
public class BodyLimit {

    /** Where Quarkus keeps the limit for a body without Content-Length (VertxHttpRecorder.MAX_REQUEST_SIZE_KEY). */
    private static final String QUARKUS_LIMIT_KEY = "io.quarkus.max-request-size";
    /** Just before Quarkus' own check (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2), after the headers (MIN_VALUE). */
    private static final int BEFORE_QUARKUS_LIMIT = -3;
    private static final int AFTER_QUARKUS_LIMIT = -1;

    private static volatile long limit;

    /** {@code quarkus.http.limits.max-body-size} in bytes, or -1 when there is none. */
    static long limit() {
        if (limit == 0) {
            limit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", String.class)
                    .map(size -> new MemorySizeConverter().convert(size)).map(MemorySize::asLongValue).orElse(-1L);
        }
        return limit;
    }

    void routes(@Observes Router router, ObjectMapper json) {
        if (limit() <= 0) {
            return;
        }
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredOverLimit(length)) {
                Log.warnf("Refused a body of %s bytes (limit %d) on %s", SafeText.escaped(length), limit(),
                        SafeText.escaped(context.normalizedPath()));
                refuse(context, json);
                return;
            }
            context.next();
        });
        router.route().order(AFTER_QUARKUS_LIMIT).handler(context -> {
            context.remove(QUARKUS_LIMIT_KEY);
            context.next();
        });
    }

    private static boolean declaredOverLimit(String length) {
        try {
            return Long.parseLong(length.strip()) > limit();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void refuse(RoutingContext context, ObjectMapper json) {
        String body;
        try {
            body = json.writeValueAsString(tooLarge().problem().withInstance(context.normalizedPath()));
        } catch (JsonProcessingException e) {
            body = "";
        }
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> context.request().connection().close())
                .end(body);
    }

    private static ApiProblem tooLarge() {
        return new ApiProblem(413, "payload-too-large", "Payload too large",
                "The body is larger than " + limit() + " bytes", null, null);
    }

    /** Counts a body without Content-Length while it is read (the route above took Quarkus' own count away). */
    @Provider
    public static final class Counting implements ReaderInterceptor {

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            if (limit() > 0 && context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH.toString()) == null) {
                context.setInputStream(new Counted(context.getInputStream()));
            }
            return context.proceed();
        }
    }

    /** Thrown while reading a body over the limit; ProblemMappers answers it (413, connection closed). */
    public static final class TooLarge extends RuntimeException {

        private final transient ApiProblem problem;

        TooLarge(ApiProblem problem) {
            super(problem.getMessage(), null, false, false);
            this.problem = problem;
        }

        public ApiProblem problem() {
            return problem;
        }
    }

    private static final class Counted extends FilterInputStream {

        private long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > limit()) {
                Log.warnf("Refused a chunked body over %d bytes", limit());
                throw new TooLarge(tooLarge());
            }
        }
    }
}
