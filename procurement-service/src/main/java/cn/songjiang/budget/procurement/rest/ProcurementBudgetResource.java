package cn.songjiang.budget.procurement.rest;

import static cn.songjiang.budget.procurement.rest.Examples.JSON;
import static cn.songjiang.budget.procurement.rest.Examples.PROBLEM_JSON;

import cn.songjiang.budget.procurement.domain.ProcurementBudget;
import cn.songjiang.budget.procurement.rest.dto.CreateProcurementBudgetRequest;
import cn.songjiang.budget.procurement.rest.dto.Pages;
import cn.songjiang.budget.procurement.rest.dto.ProcurementBudgetResponse;
import cn.songjiang.budget.procurement.rest.dto.SmeComplianceResponse;
import cn.songjiang.budget.procurement.service.ProcurementBudgetService;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

/** Procurement budgets per department and year, their position and their SME compliance. */
@Path("/api/v1/procurement-budgets")
@Produces(JSON)
@Consumes(JSON)
@Tag(name = "Procurement budgets", description = "The declared 政府采购预算 of a department and year, and where it stands")
public class ProcurementBudgetResource {

    private static final String SEED = "seed department";
    private static final String UNKNOWN = "unknown";

    private final ProcurementBudgetService budgets;

    public ProcurementBudgetResource(ProcurementBudgetService budgets) {
        this.budgets = budgets;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createProcurementBudget", summary = "Create a department's procurement budget",
            description = "Copies the declared procurement figures of the department's published budget from "
                    + "projects-service. Needs projects-service: when it is down the answer is 503 and nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = JSON,
            schema = @Schema(implementation = CreateProcurementBudgetRequest.class),
            examples = {@ExampleObject(name = "next fiscal year", value = Examples.CREATE_BUDGET_NEXT_YEAR),
                @ExampleObject(name = "duplicate", value = Examples.CREATE_BUDGET),
                @ExampleObject(name = "unknown department budget", value = Examples.CREATE_BUDGET_UNKNOWN)}))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new budget", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the budget", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ProcurementBudgetResponse.class),
                    examples = @ExampleObject(name = "next fiscal year", value = Examples.BUDGET_NEXT_YEAR)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "409", description = "The budget of this department and year exists already",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate", value = """
                            {"type": "urn:budget:problem:duplicate", "title": "Conflict", "status": 409,
                             "detail": "The 2026 procurement budget of SJZWFW exists already as procurement budget 1"}""")))
    @APIResponse(responseCode = "422", description = "projects-service has no such department budget",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown department budget", value = Examples.PROBLEM_422_DEPARTMENT)))
    @APIResponse(responseCode = "503", description = "projects-service is unavailable; nothing was stored",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "projects-service down", value = Examples.PROBLEM_503)))
    public Response create(@Valid @NotNull CreateProcurementBudgetRequest request, @Context UriInfo uri) {
        ProcurementBudget budget = budgets.create(request.departmentCode(), request.fiscalYear());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(budget.id)).build())
                .tag(ETags.of(budget.version))
                .entity(ProcurementBudgetResponse.from(budget, budgets.position(budget)))
                .build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listProcurementBudgets", summary = "List procurement budgets",
            description = "Optionally of one department and/or fiscal year; newest year first. Does not need projects-service.")
    @APIResponse(responseCode = "200", description = "One page of budgets (an empty page when none match)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Pages.ProcurementBudgetPage.class),
                    examples = @ExampleObject(name = SEED, value = Examples.BUDGET_PAGE)))
    @APIResponse(responseCode = "400", description = "Malformed query", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = """
                    {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
                     "detail": "fiscalYear: must be a whole number",
                     "violations": [{"field": "fiscalYear", "reason": "must be a whole number"}]}""")))
    public PageResponse<ProcurementBudgetResponse> list(
            @Parameter(description = "department code",
                    examples = @ExampleObject(name = SEED, value = "SJZWFW"))
            @QueryParam("department") String department,
            @Parameter(description = "fiscal year", schema = @Schema(type = SchemaType.INTEGER, format = "int32"),
                    examples = @ExampleObject(name = SEED, value = "2026"))
            @QueryParam("fiscalYear") String fiscalYear,
            @Parameter(description = "zero-based page", examples = @ExampleObject(name = SEED, value = "0"))
            @QueryParam("page") Integer page,
            @Parameter(description = "page size, 1 to 500", examples = @ExampleObject(name = SEED, value = "50"))
            @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return budgets.search(department, QueryParams.integer("fiscalYear", fiscalYear), request)
                .map(b -> ProcurementBudgetResponse.from(b, budgets.position(b)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getProcurementBudget", summary = "Read a procurement budget",
            description = "Declared, planned, awarded and unallocated amounts per category and in total, and the SME "
                    + "reserve against planned-for-SME and awarded-to-SME. Does not need projects-service.")
    @APIResponse(responseCode = "200", description = "The budget",
            headers = @Header(name = "ETag", description = "Version of the budget", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ProcurementBudgetResponse.class),
                    examples = @ExampleObject(name = SEED, value = Examples.BUDGET)))
    @APIResponse(responseCode = "404", description = "No such budget", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = UNKNOWN, value = """
                    {"type": "urn:budget:problem:not-found", "title": "Not found", "status": 404,
                     "detail": "Procurement budget 999 does not exist"}""")))
    public Response get(@Parameter(description = "budget id", examples = {@ExampleObject(name = SEED, value = "1"),
        @ExampleObject(name = UNKNOWN, value = "999")}) @PathParam("id") long id) {
        ProcurementBudget budget = budgets.get(id);
        return Response.ok(ProcurementBudgetResponse.from(budget, budgets.position(budget)))
                .tag(ETags.of(budget.version)).build();
    }

    @GET
    @Path("/{id}/sme-compliance")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getSmeCompliance", summary = "SME set-aside compliance of a procurement budget",
            description = "Reserved share of the total and per category, plans above the thresholds (200万 goods and "
                    + "services, 400万 works by default) and whether each reserves the configured share, the "
                    + "small/micro share of what is reserved, awards to SMEs against reserves (财库〔2020〕46号). "
                    + "Breaches are warnings with their reason.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SmeComplianceResponse.class),
                    examples = @ExampleObject(name = SEED, value = Examples.SME_COMPLIANCE)))
    @APIResponse(responseCode = "404", description = "No such budget", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = UNKNOWN, value = """
                    {"type": "urn:budget:problem:not-found", "title": "Not found", "status": 404,
                     "detail": "Procurement budget 999 does not exist"}""")))
    public SmeComplianceResponse smeCompliance(@Parameter(description = "budget id", examples = {
        @ExampleObject(name = SEED, value = "1"), @ExampleObject(name = UNKNOWN, value = "999")})
            @PathParam("id") long id) {
        ProcurementBudget budget = budgets.get(id);
        return SmeComplianceResponse.from(budget, budgets.smeCompliance(budget));
    }
}
