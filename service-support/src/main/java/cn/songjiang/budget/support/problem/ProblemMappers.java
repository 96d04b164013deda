package cn.songjiang.budget.support.problem;

import cn.songjiang.budget.support.database.DatabaseOutage;
import cn.songjiang.budget.support.json.RefusedValue;
import cn.songjiang.budget.support.json.SafeText;
import cn.songjiang.budget.support.web.BodyLimit;
import cn.songjiang.budget.support.web.ResourceMethods;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become RFC 9457 answers. Every status a service can return goes through
 * here, so clients see the same shape from all three services and no stack trace ever leaves a service.
 */
public class ProblemMappers {

    private static final String UNIQUE_VIOLATION = "23505";

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri, Request request) {
        return respond(e.problemFor(request.getMethod()), uri);
    }

    /** A chunked body over the limit (BodyLimit): the rest of it is not read, so the connection is closed. */
    @ServerExceptionMapper
    public Response bodyTooLarge(BodyLimit.TooLarge e, UriInfo uri) {
        return Response.fromResponse(respond(e.problem().problem(), uri)).header("Connection", "close")
                .build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldName(v), SafeText.escaped(v.getMessage())))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        return respond(ApiProblem.badRequest(violations).problem(), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(jsonProblem(e), uri);
    }

    /** Named explicitly: Quarkus ships its own mapper for this subtype, which would otherwise win. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return respond(jsonProblem(e), uri);
    }

    /**
     * Named explicitly: Quarkus' own mapper answers it with an empty 500. Reading a body raises it for a key
     * repeated after the record's fields were read; writing an answer raises it only for a defect of ours.
     */
    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e, UriInfo uri, Request request) {
        if (e.getProcessor() instanceof JsonParser) {
            return respond(jsonProblem(e), uri);
        }
        return unexpected(e, uri, request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new ApiProblem(403, "forbidden", "Forbidden",
                "Your roles do not allow this operation", null, null).problem(), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(jsonProblem(json), uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // The REST layer answers 404 when a path or query parameter cannot be converted to its Java type
            // (JAX-RS: the URI names no resource); for a client that is malformed input, hence 400.
            return respond(ApiProblem.badRequest(unconvertibleParameter(e.getCause(), uri),
                    "has the wrong type or format").problem(), uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 || status == 405) {
            Set<String> allowed = ResourceMethods.allowedFor(uri.getPath());
            if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
                return methodNotAllowed(request.getMethod(), allowed, uri);
            }
        }
        if (status >= 500) {
            return unexpected(e, uri, request);
        }
        Response.StatusType info = e.getResponse().getStatusInfo();
        String slug = info.getReasonPhrase().toLowerCase().replaceAll("[^a-z]+", "-");
        return respond(new ApiProblem(status, slug, info.getReasonPhrase(), e.getMessage(), null, null).problem(),
                uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, Request request) {
        if (DatabaseOutage.isCause(e)) {
            Log.warnf("Database unavailable on %s %s: %s", request.getMethod(), uri.getPath(),
                    DatabaseOutage.describe(e));
            return respond(ApiProblem.databaseUnavailable().problem(), uri);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(ApiProblem.conflict("version-conflict",
                        "Someone else changed this record at the same time; read it again and retry").problem(), uri);
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return respond(ApiProblem.conflict("duplicate", "A record with the same key already exists").problem(),
                        uri);
            }
            if (cause instanceof ApiProblem problem) {
                return respond(problem.problemFor(request.getMethod()), uri);
            }
        }
        String errorId = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s on %s", errorId, SafeText.escaped(uri.getPath()));
        Problem problem = new Problem(Problem.TYPE_PREFIX + "internal", "Internal error", 500,
                "An unexpected error occurred; quote error id " + errorId, null, null, errorId, null);
        return respond(problem, uri);
    }

    /** RFC 9110 §15.5.6: the path exists, the method does not; {@code Allow} names the methods it has. */
    private static Response methodNotAllowed(String method, Set<String> allowed, UriInfo uri) {
        String allow = String.join(", ", allowed);
        Problem problem = new ApiProblem(405, "method-not-allowed", "Method not allowed",
                method + " is not allowed here; allowed: " + allow, null, null).problem();
        return Response.fromResponse(respond(problem, uri)).header(HttpHeaders.ALLOW, allow).build();
    }

    private static Response unauthorizedResponse(UriInfo uri) {
        Problem problem = new ApiProblem(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required", null, null).problem();
        return Response.fromResponse(respond(problem, uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    /** The query or path parameter whose value the conversion failure quotes, or "parameter" when none does. */
    private static String unconvertibleParameter(Throwable conversionFailure, UriInfo uri) {
        String message = String.valueOf(conversionFailure.getMessage());
        if (uri != null) {
            for (Map<String, List<String>> parameters : List.of(uri.getQueryParameters(), uri.getPathParameters())) {
                for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
                    if (parameter.getValue().stream().anyMatch(value ->
                            message.contains("\"" + value + "\"") || message.contains("'" + value + "'"))) {
                        return parameter.getKey();
                    }
                }
            }
        }
        return "parameter";
    }

    private static Problem jsonProblem(JsonProcessingException e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read && read.getProcessor() != null
                    && read.getOriginalMessage() != null && read.getOriginalMessage().startsWith("Duplicate field")) {
                return ApiProblem.badRequest(fieldOf(read.getProcessor().getParsingContext()), "is repeated")
                        .problem();
            }
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String reason;
            if (e instanceof RefusedValue refused) {
                reason = refused.reason();
            } else if (e instanceof UnrecognizedPropertyException) {
                reason = "unknown field";
            } else if (e instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                reason = "must be one of " + List.of(format.getTargetType().getEnumConstants());
            } else if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
                reason = "cannot be read as " + format.getTargetType().getSimpleName();
            } else {
                reason = "has the wrong type or is out of range";
            }
            return ApiProblem.badRequest(field, reason).problem();
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return ApiProblem.badRequest("body", "has more after its JSON value").problem();
        }
        return ApiProblem.badRequest("body", "is not valid JSON: " + SafeText.escaped(e.getOriginalMessage()))
                .problem();
    }

    /** {@code installments[2].percent} for the field the parser is at. */
    private static String fieldOf(JsonStreamContext context) {
        List<String> outward = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                outward.add("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.getCurrentName() != null) {
                outward.add(at.getCurrentName());
            }
        }
        StringBuilder field = new StringBuilder();
        for (int i = outward.size() - 1; i >= 0; i--) {
            String part = outward.get(i);
            field.append(field.length() > 0 && !part.startsWith("[") ? "." : "").append(part);
        }
        return field.length() == 0 ? "body" : SafeText.escaped(field.toString());
    }

    /**
     * The field as the client sent it: {@code installments[0].percent} for a body property, the parameter
     * name for a query or path parameter (the Java method and parameter names are dropped).
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable() && !properties.isEmpty()) {
                    int last = properties.size() - 1;
                    properties.set(last, properties.get(last) + "[" + node.getIndex() + "]");
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    properties.add(node.getName());
                }
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter == null ? "body" : parameter;
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri == null ? null : uri.getPath()))
                .build();
    }
}
