package cn.songjiang.budget.support.web;

import cn.songjiang.budget.support.openapi.DocumentedLimits;
import cn.songjiang.budget.support.problem.ApiProblem;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses (400) a query or path parameter longer than {@link DocumentedLimits#MAX_PARAMETER_LENGTH} characters,
 * the limit every service's OpenAPI document declares for them. Without it a long parameter would reach a
 * database query, or end in the HTTP layer's bare 414 when the URL outgrows its line limit.
 */
public class ParameterLimits {

    @ServerRequestFilter
    public void refuseLongParameters(UriInfo uri) {
        for (Map<String, List<String>> parameters : List.of(uri.getPathParameters(), uri.getQueryParameters())) {
            for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
                for (String value : parameter.getValue()) {
                    if (value != null && value.length() > DocumentedLimits.MAX_PARAMETER_LENGTH) {
                        throw ApiProblem.badRequest(parameter.getKey(),
                                "must be at most " + DocumentedLimits.MAX_PARAMETER_LENGTH + " characters");
                    }
                }
            }
        }
    }
}
