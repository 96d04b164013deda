package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.payments.rest.dto.AmendPlanRequest;
import cn.songjiang.budget.payments.rest.dto.AmendmentResponse;
import cn.songjiang.budget.payments.rest.dto.CreatePlanRequest;
import cn.songjiang.budget.payments.rest.dto.PlanResponse;
import cn.songjiang.budget.payments.rest.dto.PlanSummaryResponse;
import cn.songjiang.budget.payments.service.AmendmentService;
import cn.songjiang.budget.payments.service.PlanService;
import cn.songjiang.budget.payments.service.PlanSummary;
import cn.songjiang.budget.payments.service.PlanView;
import cn.songjiang.budget.support.security.Roles;
import cn.songjiang.budget.support.web.ETags;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Payment plans of contracts and projects, and their reasoned amendments. */
@Path("/api/v1/payment-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payment plans", description = "Installment schedules of contracts, or of projects without a contract")
public class PlanResource {

    private final PlanService plans;
    private final AmendmentService amendments;
    private final Responses responses;

    public PlanResource(PlanService plans, AmendmentService amendments, Responses responses) {
        this.plans = plans;
        this.amendments = amendments;
        this.responses = responses;
    }

    @POST
    @RolesAllowed(Roles.PM)
    @Operation(operationId = "createPaymentPlan", summary = "Create a payment plan",
            description = "For a contract (read from procurement-service) or a project directly. Installments come "
                    + "from the request, a named template, a recurrence, or by default the project's parsed payment "
                    + "terms. Amounts are split to the fen with the remainder on the last installment; the plan may "
                    + "not exceed the contract value, nor the project's remaining budget for a direct plan.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CreatePlanRequest.class), examples = {
        @ExampleObject(name = "template", value = ApiDocs.PLAN_FROM_TEMPLATE),
        @ExampleObject(name = "project terms", value = ApiDocs.PLAN_FROM_TERMS),
        @ExampleObject(name = "direct recurring", value = ApiDocs.DIRECT_RECURRING_PLAN)}))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed request")
    @APIResponse(responseCode = "409", description = "The contract already has a plan")
    @APIResponse(responseCode = "422", description = "A rule refuses the plan (exceeds contract or budget, "
            + "unknown contract, unspecified terms...)")
    @APIResponse(responseCode = "503", description = "procurement-service or projects-service is down; nothing stored")
    public Response create(@Valid @NotNull CreatePlanRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        PlanView created = plans.create(Requests.plan(request));
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/payment-plans/" + created.plan().id))
                .tag(ETags.of(created.plan().version)).entity(responses.plan(created)).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listPaymentPlans", summary = "List payment plans",
            description = "Newest first, filtered by project and/or contract. Each plan is a summary (installment "
                    + "count, amounts, next due date, installments per status); its installments are read with "
                    + "GET /api/v1/payment-plans/{id}, so a page stays small whatever the plans hold.")
    @APIResponse(responseCode = "200", description = "One page of plan summaries")
    @APIResponse(responseCode = "400", description = "Malformed paging")
    public PageResponse<PlanSummaryResponse> list(@QueryParam("projectId") @Positive Long projectId,
            @QueryParam("contractId") @Positive Long contractId,
            @Parameter(description = "Zero-based page") @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE)
            Integer page,
            @Parameter(description = "Page size, default 50") @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE)
            Integer size) {
        PageRequest request = PageRequest.of(page, size);
        PlanService.Page<PlanSummary> result = plans.list(projectId, contractId, request.page(), request.size());
        return PageResponse.of(result.items().stream().map(responses::planSummary).toList(), request,
                result.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getPaymentPlan", summary = "Read a payment plan",
            description = "With its installments; the ETag is the plan version")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response get(@PathParam("id") long id) {
        PlanView view = plans.get(id);
        return Response.ok(responses.plan(view)).tag(ETags.of(view.plan().version)).build();
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed(Roles.PM)
    @Operation(operationId = "amendPaymentPlan", summary = "Amend a payment plan",
            description = "Replaces the installments whose trigger has not happened; payable and paid ones stay. "
                    + "Needs If-Match with the plan's ETag and a reason, kept in the history.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AmendPlanRequest.class),
            examples = @ExampleObject(name = "amendment", value = ApiDocs.AMENDMENT)))
    @APIResponse(responseCode = "201", description = "Amended; ETag is the new plan version",
            content = @Content(schema = @Schema(implementation = AmendmentResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed request")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "A rule refuses the amendment")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response amend(@PathParam("id") long id,
            @Parameter(description = "ETag of the plan version being amended", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 24, pattern = "^(W/)?\"[0-9]{1,18}\"$"))
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AmendPlanRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        AmendmentService.Amended amended = amendments.amend(id, ifMatch, Requests.amendment(request));
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/payment-plans/" + id + "/amendments"))
                .tag(ETags.of(amended.plan().plan().version)).entity(responses.amendment(amended.amendment()))
                .build();
    }

    @GET
    @Path("/{id}/amendments")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listPlanAmendments", summary = "History of a plan's amendments",
            description = "Oldest first, with reasons and both states")
    @APIResponse(responseCode = "200", description = "The amendments",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AmendmentResponse.class,
                    maxItems = AmendmentService.MAX_AMENDMENTS)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public List<AmendmentResponse> amendments(@PathParam("id") long id) {
        return amendments.history(id).stream().map(responses::amendment).toList();
    }
}
