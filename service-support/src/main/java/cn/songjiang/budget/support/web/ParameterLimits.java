package cn.songjiang.budget.support.web;

import cn.songjiang.budget.support.json.SafeText;
import cn.songjiang.budget.support.openapi.DocumentedLimits;
import cn.songjiang.budget.support.problem.ApiProblem;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses (400) a query or path parameter, before the resource sees it, that is
 * <ul>
 * <li>longer than {@link DocumentedLimits#MAX_PARAMETER_LENGTH} characters, the limit every service's OpenAPI
 * document declares for them (a long parameter would otherwise reach a database query, or end in the HTTP
 * layer's bare 414 when the URL outgrows its line limit);</li>
 * <li>carrying a control character (NUL would reach PostgreSQL, which cannot store it);</li>
 * <li>empty ({@code ?from=}): the documents declare every query parameter with at least one character, so an
 * empty value is refused rather than read as absent; leave the parameter out instead.</li>
 * </ul>
 */
public class ParameterLimits {

    @ServerRequestFilter
    public void refuseMalformedParameters(UriInfo uri) {
        check(uri.getPathParameters(), false);
        check(uri.getQueryParameters(), true);
    }

    private static void check(Map<String, List<String>> parameters, boolean query) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = SafeText.escaped(parameter.getKey());
            if (SafeText.hasControl(parameter.getKey())) {
                throw ApiProblem.badRequest(name, "the parameter name " + SafeText.REASON);
            }
            for (String value : parameter.getValue()) {
                if (value == null) {
                    continue;
                }
                if (value.length() > DocumentedLimits.MAX_PARAMETER_LENGTH) {
                    throw ApiProblem.badRequest(name,
                            "must be at most " + DocumentedLimits.MAX_PARAMETER_LENGTH + " characters");
                }
                if (SafeText.hasControl(value)) {
                    throw ApiProblem.badRequest(name, SafeText.REASON);
                }
                if (query && value.isEmpty()) {
                    throw ApiProblem.badRequest(name, "must not be empty; leave the parameter out instead");
                }
            }
        }
    }
}
