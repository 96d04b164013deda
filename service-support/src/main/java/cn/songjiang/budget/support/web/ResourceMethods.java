package cn.songjiang.budget.support.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which HTTP methods the service has for a request path, read from its resource classes. The REST layer matches a
 * request to one resource class first; when two classes share a path prefix ({@code /api/v1/projects} and
 * {@code /api/v1/projects/{projectId}/targets}) and the class it tried lacks the method, it falls back to the other
 * class, finds no such path there and answers 404 — and its own 405 carries no {@code Allow}. ProblemMappers asks
 * this instead, so a path the service has always answers a method it lacks with 405 and {@code Allow}.
 */
public final class ResourceMethods {

    private static final Pattern PARAMETER =
            Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");
    private static volatile List<Endpoint> endpoints;

    private ResourceMethods() {
    }

    /** The methods the service has for this path (HEAD and OPTIONS included), empty when it has no such path. */
    public static Set<String> allowedFor(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.pattern().matcher(path).matches()) {
                allowed.add(endpoint.method());
            }
        }
        if (!allowed.isEmpty()) {
            if (allowed.contains(HttpMethod.GET)) {
                allowed.add(HttpMethod.HEAD);
            }
            allowed.add(HttpMethod.OPTIONS);
        }
        return allowed;
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> known = endpoints;
        if (known == null) {
            known = scan();
            endpoints = known;
        }
        return known;
    }

    private static List<Endpoint> scan() {
        List<Endpoint> found = new ArrayList<>();
        for (InjectableBean<?> bean : Arc.container().beanManager().getBeans(Object.class).stream()
                .filter(InjectableBean.class::isInstance).map(b -> (InjectableBean<?>) b).toList()) {
            Class<?> type = bean.getBeanClass();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    Path methodPath = method.getAnnotation(Path.class);
                    String template = classPath.value() + "/" + (methodPath == null ? "" : methodPath.value());
                    found.add(new Endpoint(httpMethod, regex(template)));
                }
            }
        }
        return List.copyOf(found);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    /** A JAX-RS path template as a regular expression: {@code {id}} is one segment, {@code {id: \d+}} its regex. */
    static Pattern regex(String template) {
        String normalized = ("/" + template).replaceAll("/+", "/");
        if (normalized.length() > 1 && normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(normalized);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(normalized.substring(last, parameter.start())));
            regex.append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1)).append(')');
            last = parameter.end();
        }
        regex.append(Pattern.quote(normalized.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }

    private record Endpoint(String method, Pattern pattern) {
    }
}
