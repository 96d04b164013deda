package cn.songjiang.budget.support.openapi;

import cn.songjiang.budget.support.json.BusinessDates;
import cn.songjiang.budget.support.security.Roles;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.RetryAfter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Writes into every service's OpenAPI document what every service really does but no resource declares one
 * by one: strings are refused above {@link #MAX_STRING_LENGTH} characters by the JSON reader (see StrictJson),
 * query and path parameters above {@link #MAX_PARAMETER_LENGTH} (see ParameterLimits), {@code page} and
 * {@code size} are bounded as PageRequest bounds them, integers by their format, dates by BusinessDates, query
 * parameters have at least one character (ParameterLimits refuses an empty one), any operation may answer a 400
 * (malformed input), a 429 (the gateway's per-client limit), a 500 or a 503 problem (the 429 and the 503 with
 * Retry-After), every error answer is a problem, an
 * operation that needs a role answers 401 and 403 (the 403 naming the role), and the servers are internal to the
 * department's network.
 */
public class DocumentedLimits implements OASFilter {

    public static final int MAX_STRING_LENGTH = 20_000;
    public static final int MAX_PARAMETER_LENGTH = 200;
    /** Configuration: schemas whose answers leave keys without a value out, so their properties are not required. */
    public static final String KEYS_OMITTED_CONFIG = "budget.openapi.keys-omitted-schemas";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    /** The answers ProblemMappers gives; declared on every operation that needs a role. */
    private static final Map<String, Object> UNAUTHORIZED = problemExample("unauthorized", "Unauthorized", 401,
            "A valid bearer token is required");
    private static final Map<String, Object> FORBIDDEN = problemExample("forbidden", "Forbidden", 403,
            "Your roles do not allow this operation");

    /** What the gateway (deploy/haproxy/haproxy.cfg) answers a client past its limit, before any service sees it. */
    private static final Map<String, Object> RATE_LIMITED = problemExample("rate-limited", "Too many requests", 429,
            "Slow down: retry after the number of seconds in Retry-After.");

    private static final Map<String, BigDecimal[]> INTEGER_BOUNDS = Map.of(
            "int32", new BigDecimal[] {BigDecimal.valueOf(Integer.MIN_VALUE), BigDecimal.valueOf(Integer.MAX_VALUE)},
            "int64", new BigDecimal[] {BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE)});

    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        if (types == null) {
            return schema;
        }
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null
                && schema.getConstValue() == null) {
            schema.setMaxLength(MAX_STRING_LENGTH);
        }
        if (types.contains(Schema.SchemaType.STRING) && "date".equals(schema.getFormat())) {
            documentDateRange(schema);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            BigDecimal[] bounds = INTEGER_BOUNDS.getOrDefault(schema.getFormat(), INTEGER_BOUNDS.get("int64"));
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(bounds[0]);
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(bounds[1]);
            }
        }
        return schema;
    }

    /**
     * The business range of dates (BusinessDates) that the JSON reader and the parameter readers enforce: in the
     * description for people and as {@code x-earliest} / {@code x-latest} for tools (JSON Schema has no bounds
     * for dates).
     */
    private static void documentDateRange(Schema schema) {
        String range = "Between " + BusinessDates.EARLIEST + " and " + BusinessDates.LATEST + ".";
        String description = schema.getDescription();
        if (description == null || description.isBlank()) {
            schema.setDescription(range);
        } else if (!description.contains(range)) {
            schema.setDescription(description.strip() + (description.strip().endsWith(".") ? " " : ". ") + range);
        }
        schema.addExtension("x-earliest", BusinessDates.EARLIEST);
        schema.addExtension("x-latest", BusinessDates.LATEST);
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getType() == null
                || (parameter.getIn() != Parameter.In.QUERY && parameter.getIn() != Parameter.In.PATH)) {
            return parameter;
        }
        if (schema.getType().contains(Schema.SchemaType.STRING) && schema.getEnumeration() == null
                && schema.getConstValue() == null
                && (schema.getMaxLength() == null || schema.getMaxLength() == MAX_STRING_LENGTH)) {
            schema.setMaxLength(MAX_PARAMETER_LENGTH);
        }
        if (parameter.getIn() == Parameter.In.QUERY && schema.getType().contains(Schema.SchemaType.STRING)
                && schema.getMinLength() == null) {
            // ParameterLimits refuses an empty value (?q=) of every query parameter rather than reading it as absent.
            schema.setMinLength(1);
        }
        if (parameter.getIn() == Parameter.In.QUERY && schema.getType().contains(Schema.SchemaType.INTEGER)) {
            if ("page".equals(parameter.getName())) {
                schema.setMinimum(BigDecimal.ZERO);
                schema.setMaximum(BigDecimal.valueOf(PageRequest.MAX_PAGE));
            } else if ("size".equals(parameter.getName())) {
                schema.setMinimum(BigDecimal.ONE);
                schema.setMaximum(BigDecimal.valueOf(PageRequest.MAX_SIZE));
            }
        }
        return parameter;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput && !operation.getResponses().hasAPIResponse("400")) {
            operation.getResponses().addAPIResponse("400", problem("Malformed input: one violation per invalid field"));
        }
        List<String> roles = requiredRoles(operation);
        if (!roles.isEmpty()) {
            operation.getResponses().addAPIResponse("401", problem("No valid token", "unauthorized", UNAUTHORIZED));
            operation.getResponses().addAPIResponse("403", problem(forbidden(roles), "forbidden", FORBIDDEN));
        }
        if (!operation.getResponses().hasAPIResponse("500")) {
            operation.getResponses().addAPIResponse("500",
                    problem("Unexpected error; the problem carries an errorId that is in the service log"));
        }
        if (operation.getRequestBody() != null && !operation.getResponses().hasAPIResponse("413")) {
            operation.getResponses().addAPIResponse("413", problem("The body is larger than the service accepts"));
        }
        if (!operation.getResponses().hasAPIResponse("503")) {
            operation.getResponses().addAPIResponse("503",
                    problem("The service's database is unavailable (or a service this operation needs); retry later"));
        }
        // Every operation is reached through the gateway, which limits requests per client address.
        if (!operation.getResponses().hasAPIResponse("429")) {
            operation.getResponses().addAPIResponse("429", problem(
                    "Too many requests from this client address: the gateway in front of the services refused it",
                    "rate-limited", RATE_LIMITED));
        }
        // Every 429 and 503 tells when to retry (the gateway's setting; RetryAfter).
        for (String status : List.of("429", "503")) {
            operation.getResponses().getAPIResponse(status).addHeader(RetryAfter.HEADER, OASFactory.createHeader()
                    .description("Seconds to wait before trying again")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                            .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(3600))));
        }
        // Every error answer is a problem (ProblemMappers, BodyLimit): a resource declares only its status and
        // description.
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.charAt(0) >= '4' && response.getContent() == null) {
                response.setContent(problem(response.getDescription()).getContent());
            }
        });
        // In status order, wherever they were declared.
        operation.getResponses().setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
        return operation;
    }

    /**
     * The server is relative (same origin as the document, wherever it is deployed) and internal. Declared here
     * rather than with quarkus.smallrye-openapi.servers, which is runtime configuration: it would change the
     * served document after the build wrote the committed one.
     */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        requireEveryPropertyOfAnswers(openAPI);
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("production: this service on the department's internal network (local runs use the same path)"));
        }
        openAPI.getServers().forEach(server -> server.addExtension("x-internal", true));
    }

    /** The roles of the operation's bearer requirement (from {@code @RolesAllowed}); none for a public one. */
    private static List<String> requiredRoles(Operation operation) {
        if (operation.getSecurity() == null) {
            return List.of();
        }
        return operation.getSecurity().stream()
                .flatMap(requirement -> requirement.getSchemes().values().stream())
                .flatMap(List::stream)
                .distinct()
                .toList();
    }

    /** Every role holds viewer (RoleHierarchy), so only a token without any platform role is refused a read. */
    private static String forbidden(List<String> roles) {
        if (roles.contains(Roles.VIEWER)) {
            return "The token carries no role of this platform";
        }
        return "Not " + String.join(" or ", roles);
    }

    /**
     * An answer is a record written with every key, null or not (the JSON writer omits nothing), so every property of
     * a schema that only answers use is required: a consumer may rely on the key being there, and a tool testing
     * the service checks it. Problem details and the schemas named in {@value #KEYS_OMITTED_CONFIG} (OCDS) leave
     * absent keys out, and so do the schemas they use; a schema requests use too keeps what its request needs.
     */
    private static void requireEveryPropertyOfAnswers(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> inRequests = new HashSet<>();
        Set<String> inAnswers = new HashSet<>();
        Set<String> keysOmitted = new HashSet<>();
        for (String name : keysOmittedSchemas()) {
            if (components.containsKey(name)) {
                keysOmitted.add(name);
                collect(components.get(name), components, keysOmitted);
            }
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem path : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : path.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> collect(p.getSchema(), components, inRequests));
                    }
                    if (operation.getRequestBody() != null) {
                        collect(operation.getRequestBody().getContent(), components, inRequests);
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().values()
                                .forEach(r -> collect(r.getContent(), components, inAnswers));
                    }
                }
            }
        }
        inAnswers.removeAll(inRequests);
        inAnswers.removeAll(keysOmitted);
        for (String name : inAnswers) {
            Schema schema = components.get(name);
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    /** Problem details, and the schemas a service names in {@value #KEYS_OMITTED_CONFIG}. */
    private static Set<String> keysOmittedSchemas() {
        Set<String> names = new HashSet<>(Set.of("Problem"));
        ConfigProvider.getConfig().getOptionalValues(KEYS_OMITTED_CONFIG, String.class).ifPresent(names::addAll);
        return names;
    }

    private static void collect(Content content, Map<String, Schema> components, Set<String> names) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> collect(media.getSchema(), components, names));
        }
    }

    /** Adds the component schemas {@code schema} names, directly or through the schemas it is made of. */
    private static void collect(Schema schema, Map<String, Schema> components, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (names.add(name)) {
                collect(components.get(name), components, names);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collect(property, components, names));
        }
        collect(schema.getItems(), components, names);
        if (schema.getAdditionalPropertiesSchema() != null) {
            collect(schema.getAdditionalPropertiesSchema(), components, names);
        }
        for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (parts != null) {
                parts.forEach(part -> collect(part, components, names));
            }
        }
    }

    private static APIResponse problem(String description, String exampleName, Map<String, Object> example) {
        APIResponse response = problem(description);
        response.getContent().getMediaType(PROBLEM_JSON)
                .addExample(exampleName, OASFactory.createExample().value(example));
        return response;
    }

    private static Map<String, Object> problemExample(String type, String title, int status, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:budget:problem:" + type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        return example;
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }
}
