package cn.songjiang.budget.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A service's committed OpenAPI document ({@code <service>/openapi/openapi.json}) read as the hostile-input suite
 * needs it: its operations with their role, parameters and request body schema, and the kind of each schema,
 * with {@code $ref}, {@code anyOf} and nullable types resolved.
 */
final class ApiDocument {

    static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final ObjectMapper JSON = new ObjectMapper();

    final String service;
    private final JsonNode root;

    private ApiDocument(String service, JsonNode root) {
        this.service = service;
        this.root = root;
    }

    static ApiDocument read(String service) throws IOException {
        return new ApiDocument(service, JSON.readTree(RunningPlatform.repositoryRoot()
                .resolve(service).resolve("openapi/openapi.json").toFile()));
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        root.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            String method = entry.getKey().toUpperCase(Locale.ROOT);
            if (HTTP_METHODS.contains(method)) {
                operations.add(new Operation(this, method, path.getKey(), entry.getValue()));
            }
        }));
        return operations;
    }

    /** The methods the document gives a path. */
    Set<String> methodsOf(String path) {
        Set<String> methods = new LinkedHashSet<>();
        JsonNode item = root.get("paths").get(path);
        if (item != null) {
            item.fieldNames().forEachRemaining(m -> {
                if (HTTP_METHODS.contains(m.toUpperCase(Locale.ROOT))) {
                    methods.add(m.toUpperCase(Locale.ROOT));
                }
            });
        }
        return methods;
    }

    List<String> paths() {
        List<String> paths = new ArrayList<>();
        root.get("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    /** Follows {@code $ref}s and picks the non-null alternative of {@code anyOf}/{@code oneOf}. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 20 && current != null; depth++) {
            if (current.has("$ref")) {
                String[] parts = current.get("$ref").asText().substring(2).split("/");
                JsonNode target = root;
                for (String part : parts) {
                    target = target.get(part);
                }
                current = target;
                continue;
            }
            JsonNode alternatives = current.has("anyOf") ? current.get("anyOf") : current.get("oneOf");
            if (alternatives != null && !current.has("properties") && !current.has("enum")) {
                JsonNode chosen = null;
                for (JsonNode alternative : alternatives) {
                    if (!"null".equals(alternative.path("type").asText())) {
                        chosen = alternative;
                        break;
                    }
                }
                current = chosen;
                continue;
            }
            return current;
        }
        return current;
    }

    /** What a schema holds, as far as the hostile classes care. */
    Kind kind(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        String format = resolved.path("format").asText(schema.path("format").asText(""));
        if (resolved.has("enum")) {
            return Kind.ENUM;
        }
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = resolved.get("type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        types.remove("null");
        if (types.contains("object") || resolved.has("properties")) {
            return Kind.OBJECT;
        }
        if (types.contains("array")) {
            return Kind.ARRAY;
        }
        if (types.contains("integer") || types.contains("number")) {
            return Kind.NUMBER;
        }
        if (types.contains("boolean")) {
            return Kind.BOOLEAN;
        }
        return "date".equals(format) ? Kind.DATE : Kind.STRING;
    }

    /** The schema of property {@code name} of an object schema, or null when the document has none. */
    JsonNode property(JsonNode objectSchema, String name) {
        JsonNode properties = resolve(objectSchema).get("properties");
        return properties == null ? null : properties.get(name);
    }

    /** The problem type the document gives for a status: its examples', else the Problem schema's example. */
    String problemType(Operation operation, int status) {
        JsonNode content = operation.node.path("responses").path(Integer.toString(status))
                .path("content").path("application/problem+json");
        for (Iterator<JsonNode> examples = content.path("examples").elements(); examples.hasNext(); ) {
            JsonNode type = examples.next().path("value").path("type");
            if (type.isTextual()) {
                return type.asText();
            }
        }
        if (status == 400) {
            return root.path("components").path("schemas").path("Problem").path("properties").path("type")
                    .path("examples").path(0).asText();
        }
        return null;
    }

    enum Kind { STRING, ENUM, DATE, NUMBER, BOOLEAN, ARRAY, OBJECT }

    /** One operation of the document. */
    static final class Operation {

        final ApiDocument document;
        final String method;
        final String path;
        final JsonNode node;

        Operation(ApiDocument document, String method, String path, JsonNode node) {
            this.document = document;
            this.method = method;
            this.path = path;
            this.node = node;
        }

        /** The role the operation's security requirement names; null for a public operation. */
        String role() {
            JsonNode roles = node.path("security").path(0).path("bearer");
            return roles.isArray() && !roles.isEmpty() ? roles.get(0).asText() : null;
        }

        List<JsonNode> parameters() {
            List<JsonNode> parameters = new ArrayList<>();
            node.path("parameters").forEach(p -> parameters.add(document.resolve(p)));
            return parameters;
        }

        List<JsonNode> parameters(String in) {
            return parameters().stream().filter(p -> in.equals(p.path("in").asText())).toList();
        }

        /** The request body's media types and schemas. */
        Map<String, JsonNode> bodies() {
            Map<String, JsonNode> bodies = new java.util.LinkedHashMap<>();
            node.path("requestBody").path("content").fields()
                    .forEachRemaining(e -> bodies.put(e.getKey(), e.getValue().path("schema")));
            return bodies;
        }

        JsonNode jsonBodySchema() {
            return bodies().get("application/json");
        }

        boolean writes() {
            return !"GET".equals(method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
