package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.payments.repository.ReadModelCache;
import cn.songjiang.budget.support.web.ETags;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * JSON read answers kept as serialized bytes with a strong ETag of the body (see {@link ReadModelCache}): a request
 * whose If-None-Match names the current answer's ETag gets 304 without touching the database, any other one the
 * kept bytes. Answers carry {@code Cache-Control: private, no-cache}: clients may keep them but must revalidate.
 */
@ApplicationScoped
public class CachedAnswers {

    /** A serialized answer and its ETag. */
    record Answer(byte[] body, EntityTag tag) implements ReadModelCache.Weighed {
        @Override
        public int weight() {
            return body.length + 64;
        }
    }

    /** What an answer depends on besides the data: the operation and its normalised query. */
    private record AnswerKey(String operation, Object query) {
    }

    private final ReadModelCache cache;
    private final ObjectMapper json;

    public CachedAnswers(ReadModelCache cache, ObjectMapper json) {
        this.cache = cache;
        this.json = json;
    }

    /**
     * The answer of {@code operation} to {@code query} (which must name the day the answer is as of and have value
     * equality), computed by {@code compute} unless a current one is kept. An If-None-Match longer than documented
     * is refused with 400.
     */
    public Response answer(Request request, HttpHeaders headers, String operation, Object query,
            Supplier<Object> compute) {
        ETags.checkIfNoneMatch(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH));
        Answer answer = cache.get(new AnswerKey(operation, query), () -> serialize(compute.get()));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(answer.tag());
        if (notModified != null) {
            return notModified.header(HttpHeaders.CACHE_CONTROL, ETags.REVALIDATE).build();
        }
        return Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE).tag(answer.tag())
                .header(HttpHeaders.CACHE_CONTROL, ETags.REVALIDATE).build();
    }

    private Answer serialize(Object value) {
        try {
            byte[] body = json.writeValueAsBytes(value);
            return new Answer(body, ETags.ofContent(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON", e);
        }
    }
}
