package cn.songjiang.budget.procurement.rest;

import static cn.songjiang.budget.procurement.rest.Examples.JSON;
import static cn.songjiang.budget.procurement.rest.Examples.PROBLEM_JSON;

import cn.songjiang.budget.procurement.domain.PlanStatus;
import cn.songjiang.budget.procurement.domain.ProcurementCategory;
import cn.songjiang.budget.procurement.domain.ProcurementPlan;
import cn.songjiang.budget.procurement.rest.dto.Pages;
import cn.songjiang.budget.procurement.rest.dto.PlanRequest;
import cn.songjiang.budget.procurement.rest.dto.PlanResponse;
import cn.songjiang.budget.procurement.rest.dto.PlanStatusRequest;
import cn.songjiang.budget.procurement.rest.dto.Revisions;
import cn.songjiang.budget.procurement.service.ProcurementPlanService;
import cn.songjiang.budget.support.openapi.ProblemExamples;
import cn.songjiang.budget.support.persistence.RevisionHistory;
import cn.songjiang.budget.support.problem.Problem;
import cn.songjiang.budget.support.security.Roles;
import cn.songjiang.budget.support.web.ETags;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.PageResponse;
import cn.songjiang.budget.support.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Procurement plans of projects and their status. */
@Path("/api/v1/procurement-plans")
@Produces(JSON)
@Consumes(JSON)
@Tag(name = "Procurement plans", description = "What each project will buy, how, for how much, and what is reserved for SMEs")
public class ProcurementPlanResource {

    private static final String TELECOM = "telephone and broadband";
    private static final String ONE_PLAN = "one plan";
    private static final String UNIFORMS = "work uniforms";
    private static final String APPROVE = "approve";
    private static final String INVALID = "invalid";
    private static final String UNKNOWN = "unknown";
    private static final String SKIPPED_STEP = "skipped step";
    private static final String STALE = "stale";
    private static final String AWARDED_BY_HAND = "awarded by hand";
    private static final String NO_IF_MATCH = "no If-Match";

    private final ProcurementPlanService plans;

    public ProcurementPlanResource(ProcurementPlanService plans) {
        this.plans = plans;
    }

    @POST
    @RolesAllowed(Roles.PROCUREMENT)
    @Operation(operationId = "createProcurementPlan", summary = "Create a procurement plan",
            description = "The project must exist in projects-service; the project's plans may not exceed its budget; "
                    + "a category's plans may not exceed the declared category budget unless an admin confirms the "
                    + "overrun with categoryOverrunReason. Plans with method NOT_APPLICABLE (不适用) count against the "
                    + "project budget only. Needs projects-service: when it is down the answer is 503 and nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = PlanRequest.class),
            examples = {@ExampleObject(name = TELECOM, value = Examples.PLAN_REQUEST_TELECOM),
                @ExampleObject(name = "category overrun", value = Examples.PLAN_REQUEST_WORKS)}))
    @APIResponse(responseCode = "201", description = "Created, in status DRAFT",
            headers = {@Header(name = "Location", description = "URL of the new plan", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the plan", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = JSON, schema = @Schema(implementation = PlanResponse.class),
                    examples = @ExampleObject(name = TELECOM, value = Examples.PLAN_TELECOM)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "422", description = "A rule refuses the plan: project-must-exist, "
            + "procurement-budget-must-exist, plans-within-project-budget, plans-within-category-budget, sme-reserve-within-plan",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "category overrun", value = Examples.PROBLEM_422_CATEGORY)))
    @APIResponse(responseCode = "503", description = "projects-service is unavailable; nothing was stored",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "projects-service down", value = Examples.PROBLEM_503)))
    public Response create(@Valid @NotNull PlanRequest request, @Context UriInfo uri) {
        ProcurementPlan plan = plans.create(request.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(plan.id)).build())
                .tag(ETags.of(plan.version))
                .entity(PlanResponse.from(plan, plans.awarded(plan)))
                .build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listProcurementPlans", summary = "List procurement plans", description = "Filtered by budget, project, category and status; oldest first.")
    @APIResponse(responseCode = "200", description = "One page of plans (an empty page when none match)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Pages.PlanPage.class),
                    examples = @ExampleObject(name = ONE_PLAN, value = Examples.PLAN_PAGE)))
    @APIResponse(responseCode = "400", description = "Malformed query", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = """
                    {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
                     "detail": "status: must be one of [DRAFT, APPROVED, TENDERING, AWARDED, CANCELLED]",
                     "violations": [{"field": "status", "reason": "must be one of [DRAFT, APPROVED, TENDERING, AWARDED, CANCELLED]"}]}""")))
    public PageResponse<PlanResponse> list(
            @Parameter(description = "procurement budget id", schema = @Schema(type = SchemaType.INTEGER, format = "int64",
                    minimum = "1"), examples = @ExampleObject(name = ONE_PLAN, value = "1"))
            @QueryParam("budgetId") String budgetId,
            @Parameter(description = "project id (projects-service)", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int64", minimum = "1"), examples = @ExampleObject(name = ONE_PLAN, value = "1"))
            @QueryParam("projectId") String projectId,
            @Parameter(description = "GOODS, WORKS or SERVICES", schema = @Schema(implementation = ProcurementCategory.class),
                    examples = @ExampleObject(name = ONE_PLAN, value = "GOODS"))
            @QueryParam("category") String category,
            @Parameter(description = "plan status", schema = @Schema(implementation = PlanStatus.class),
                    examples = @ExampleObject(name = ONE_PLAN, value = "AWARDED"))
            @QueryParam("status") String status,
            @Parameter(description = "zero-based page", examples = @ExampleObject(name = ONE_PLAN, value = "0"))
            @QueryParam("page") Integer page,
            @Parameter(description = "page size, 1 to 500", examples = @ExampleObject(name = ONE_PLAN, value = "50"))
            @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return plans.search(QueryParams.id("budgetId", budgetId), QueryParams.id("projectId", projectId),
                        QueryParams.oneOf("category", category, ProcurementCategory.class),
                        QueryParams.oneOf("status", status, PlanStatus.class), request)
                .map(p -> PlanResponse.from(p, plans.awarded(p)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getProcurementPlan", summary = "Read a procurement plan",
            description = "With the amount awarded on it so far. Does not need projects-service.")
    @APIResponse(responseCode = "200", description = "The plan",
            headers = @Header(name = "ETag", description = "Version of the plan; send it as If-Match to change the status",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = PlanResponse.class),
                    examples = @ExampleObject(name = UNIFORMS, value = Examples.PLAN)))
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = UNKNOWN, value = """
                    {"type": "urn:budget:problem:not-found", "title": "Not found", "status": 404,
                     "detail": "Procurement plan 999 does not exist"}""")))
    public Response get(@Parameter(description = "plan id", examples = {@ExampleObject(name = UNIFORMS, value = "3"),
        @ExampleObject(name = UNKNOWN, value = "999")}) @PathParam("id") long id) {
        ProcurementPlan plan = plans.get(id);
        return Response.ok(PlanResponse.from(plan, plans.awarded(plan))).tag(ETags.of(plan.version)).build();
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed(Roles.PROCUREMENT)
    @Operation(operationId = "changeProcurementPlanStatus", summary = "Move a plan to its next status",
            description = "DRAFT → APPROVED → TENDERING → AWARDED, or CANCELLED (with a reason) before the award. "
                    + "AWARDED is reached by awarding a contract on the plan. Send the plan's ETag as If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = PlanStatusRequest.class),
            examples = {@ExampleObject(name = APPROVE, value = Examples.PLAN_STATUS),
                @ExampleObject(name = INVALID, value = Examples.PLAN_STATUS_CANCELLED),
                @ExampleObject(name = UNKNOWN, value = Examples.PLAN_STATUS),
                @ExampleObject(name = SKIPPED_STEP, value = Examples.PLAN_STATUS_TENDERING),
                @ExampleObject(name = STALE, value = Examples.PLAN_STATUS),
                @ExampleObject(name = AWARDED_BY_HAND, value = Examples.PLAN_STATUS_AWARDED),
                @ExampleObject(name = NO_IF_MATCH, value = Examples.PLAN_STATUS)}))
    @APIResponse(responseCode = "200", description = "The plan in its new status",
            headers = @Header(name = "ETag", description = "New version of the plan", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = PlanResponse.class),
                    examples = @ExampleObject(name = APPROVE, value = Examples.PLAN_APPROVED)))
    @APIResponse(responseCode = "400", description = "Malformed request, or a cancellation without reason",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = INVALID, value = """
                            {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
                             "detail": "reason: is required to cancel a plan",
                             "violations": [{"field": "reason", "reason": "is required to cancel a plan"}]}""")))
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = UNKNOWN, value = """
                    {"type": "urn:budget:problem:not-found", "title": "Not found", "status": 404,
                     "detail": "Procurement plan 999 does not exist"}""")))
    @APIResponse(responseCode = "409", description = "The step is not allowed from the current status",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = SKIPPED_STEP, value = Examples.PROBLEM_409_TRANSITION)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = STALE, value = ProblemExamples.PRECONDITION_FAILED)))
    @APIResponse(responseCode = "422", description = "AWARDED is reached only by awarding a contract",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = AWARDED_BY_HAND, value = Examples.PROBLEM_422_AWARDED_BY_CONTRACT)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = NO_IF_MATCH, value = ProblemExamples.PRECONDITION_REQUIRED)))
    public Response changeStatus(@Parameter(description = "plan id", examples = {
        @ExampleObject(name = APPROVE, value = "4"), @ExampleObject(name = INVALID, value = "4"),
        @ExampleObject(name = UNKNOWN, value = "999"), @ExampleObject(name = SKIPPED_STEP, value = "4"),
        @ExampleObject(name = STALE, value = "4"), @ExampleObject(name = AWARDED_BY_HAND, value = "4"),
        @ExampleObject(name = NO_IF_MATCH, value = "4")}) @PathParam("id") long id,
            @Parameter(description = "ETag of the plan as read", schema = @Schema(type = SchemaType.STRING,
                    maxLength = ETags.MAX_LENGTH), examples = {
                        @ExampleObject(name = APPROVE, value = Examples.ETAG_0),
                        @ExampleObject(name = INVALID, value = Examples.ETAG_0),
                        @ExampleObject(name = UNKNOWN, value = Examples.ETAG_0),
                        @ExampleObject(name = SKIPPED_STEP, value = Examples.ETAG_0),
                        @ExampleObject(name = STALE, value = Examples.ETAG_STALE),
                        @ExampleObject(name = AWARDED_BY_HAND, value = Examples.ETAG_0)})
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlanStatusRequest request) {
        ProcurementPlan plan = plans.changeStatus(id, ifMatch, request.status(), request.reason());
        return Response.ok(PlanResponse.from(plan, plans.awarded(plan))).tag(ETags.of(plan.version)).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getProcurementPlanHistory", summary = "The revision history of a plan",
            description = "Every change of the plan: who, when, and the plan as it was then; oldest first.")
    @APIResponse(responseCode = "200", description = "The revisions",
            content = @Content(mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Revisions.PlanRevision.class, maxItems = 10000),
                    examples = @ExampleObject(name = "created", value = Examples.PLAN_HISTORY)))
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = UNKNOWN, value = Examples.PROBLEM_404_PLAN)))
    public List<Revisions.PlanRevision> history(@Parameter(description = "plan id", examples = {
        @ExampleObject(name = "created", value = "3"), @ExampleObject(name = UNKNOWN, value = "999")})
            @PathParam("id") long id) {
        List<RevisionHistory.Revision<ProcurementPlan>> revisions = plans.history(id);
        ProcurementPlan current = plans.get(id);
        return revisions.stream().map(r -> Revisions.plan(r, p -> PlanResponse.revision(p, current))).toList();
    }
}
