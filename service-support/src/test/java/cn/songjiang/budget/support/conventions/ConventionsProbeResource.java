package cn.songjiang.budget.support.conventions;

import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.security.Roles;
import cn.songjiang.budget.support.web.ETags;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;

/**
 * The resource of service-support's test application: one endpoint per platform convention (errors, security,
 * paging, If-Match), the way a service's resource uses them.
 */
@Path("/api/v1/conventions-probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConventionsProbeResource {

    public enum Kind { GOODS, WORKS, SERVICES }

    public record ProbeRequest(
            @NotBlank String name,
            @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
            @NotNull Kind kind,
            @Min(1) @Max(60) int days) {
    }

    static final long CURRENT_VERSION = 3;

    @POST
    @RolesAllowed(Roles.PM)
    public Response create(@Valid @NotNull ProbeRequest request) {
        return Response.status(201).entity(request).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    public PageResponse<String> list(@QueryParam("q") String q, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return PageResponse.of(List.of("a", "b"), request, 2);
    }

    @PUT
    @RolesAllowed(Roles.PM)
    public Response update(@HeaderParam("If-Match") String ifMatch) {
        ETags.check(ifMatch, CURRENT_VERSION);
        return Response.ok().tag(ETags.of(CURRENT_VERSION + 1)).build();
    }

    @GET
    @Path("/rule")
    @RolesAllowed(Roles.VIEWER)
    public Response rule() {
        throw ApiProblem.businessRule("probe-rule", "amount", "breaks the probe rule");
    }

    @GET
    @Path("/failure")
    @RolesAllowed(Roles.VIEWER)
    public Response failure() {
        throw new IllegalStateException("secret internal detail");
    }
}
