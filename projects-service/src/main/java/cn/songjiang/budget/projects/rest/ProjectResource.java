package cn.songjiang.budget.projects.rest;

import static cn.songjiang.budget.projects.rest.Examples.JSON;
import static cn.songjiang.budget.projects.rest.Examples.PROBLEM_JSON;

import cn.songjiang.budget.projects.domain.PaymentTermKind;
import cn.songjiang.budget.projects.rest.dto.Pages;
import cn.songjiang.budget.projects.rest.dto.PaymentTermsResponse;
import cn.songjiang.budget.projects.rest.dto.ProjectResponse;
import cn.songjiang.budget.projects.rest.dto.ProjectRevisionResponse;
import cn.songjiang.budget.projects.rest.dto.ProjectSummaryResponse;
import cn.songjiang.budget.projects.repository.ProjectRepository;
import cn.songjiang.budget.projects.service.ProjectDetail;
import cn.songjiang.budget.projects.service.ProjectService;
import cn.songjiang.budget.support.problem.Problem;
import cn.songjiang.budget.support.security.Roles;
import cn.songjiang.budget.support.web.ETags;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.PageResponse;
import cn.songjiang.budget.support.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The budgeted projects: lists, one project, its payment terms and its revision history. */
@Path("/api/v1/projects")
@Produces(JSON)
@Tag(name = "Projects", description = "The budgeted projects with their payment terms and amounts")
public class ProjectResource {

    private static final String FISCAL_CLOSE = "fiscal-close clauses";

    private final ProjectService projects;

    public ProjectResource(ProjectService projects) {
        this.projects = projects;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listProjects", summary = "List projects",
            description = "Filtered by fiscal year, department, words of the name, payment-term kind and a range of "
                    + "the effective amount; in document order (year, department, position), paginated.")
    @APIResponse(responseCode = "200", description = "One page of projects (an empty page when none match)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Pages.ProjectPage.class),
                    examples = @ExampleObject(name = FISCAL_CLOSE, value = Examples.PROJECT_PAGE)))
    @APIResponse(responseCode = "400", description = "Malformed filter", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "kind", value = """
                    {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
                     "detail": "paymentTermKind: must be one of [INSTALLMENTS, LUMP_SUM, RECURRING, UNSPECIFIED]",
                     "violations": [{"field": "paymentTermKind",
                                     "reason": "must be one of [INSTALLMENTS, LUMP_SUM, RECURRING, UNSPECIFIED]"}]}""")))
    public PageResponse<ProjectSummaryResponse> list(
            @Parameter(description = "fiscal year", examples = @ExampleObject(name = FISCAL_CLOSE, value = "2026"))
            @QueryParam("fiscalYear") Integer fiscalYear,
            @Parameter(description = "department code", examples = @ExampleObject(name = FISCAL_CLOSE, value = "SJZWFW"))
            @QueryParam("departmentCode") String department,
            @Parameter(description = "words of the name (case-insensitive)",
                    examples = @ExampleObject(name = FISCAL_CLOSE, value = "电子证照"))
            @QueryParam("q") String q,
            @Parameter(description = "INSTALLMENTS, LUMP_SUM, RECURRING or UNSPECIFIED",
                    schema = @Schema(implementation = PaymentTermKind.class),
                    examples = @ExampleObject(name = FISCAL_CLOSE, value = "INSTALLMENTS"))
            @QueryParam("paymentTermKind") String kind,
            @Parameter(description = "smallest effective amount in 元, at most two decimals",
                    schema = @Schema(type = SchemaType.STRING, pattern = QueryParams.AMOUNT_PATTERN, maxLength = 16),
                    examples = @ExampleObject(name = FISCAL_CLOSE, value = "10000.00"))
            @QueryParam("minAmount") String minAmount,
            @Parameter(description = "largest effective amount in 元, at most two decimals; below minAmount nothing matches",
                    schema = @Schema(type = SchemaType.STRING, pattern = QueryParams.AMOUNT_PATTERN, maxLength = 16),
                    examples = @ExampleObject(name = FISCAL_CLOSE, value = "8000000.00"))
            @QueryParam("maxAmount") String maxAmount,
            @Parameter(description = "zero-based page", examples = @ExampleObject(name = FISCAL_CLOSE, value = "0"))
            @QueryParam("page") Integer page,
            @Parameter(description = "page size, 1 to 500", examples = @ExampleObject(name = FISCAL_CLOSE, value = "50"))
            @QueryParam("size") Integer size) {
        BigDecimal min = QueryParams.amount("minAmount", minAmount);
        BigDecimal max = QueryParams.amount("maxAmount", maxAmount);
        var filter = new ProjectRepository.Filter(fiscalYear, QueryParams.text(department), QueryParams.text(q),
                QueryParams.oneOf("paymentTermKind", kind, PaymentTermKind.class), min, max);
        return projects.search(filter, PageRequest.of(page, size)).map(ProjectSummaryResponse::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getProject", summary = "Read a project",
            description = "Everything the document states about it, its payment terms, its performance targets with "
                    + "their latest actuals, and any confirmed correction of its amount.")
    @APIResponse(responseCode = "200", description = "The project",
            headers = @Header(name = "ETag", description = "Version of the project", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ProjectResponse.class),
                    examples = @ExampleObject(name = "corrected amount", value = Examples.PROJECT)))
    @APIResponse(responseCode = "404", description = "No such project", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_PROJECT)))
    public Response get(@Parameter(description = "project id", examples = {
        @ExampleObject(name = "corrected amount", value = "7"), @ExampleObject(name = "unknown", value = "999")})
            @PathParam("id") long id) {
        ProjectDetail detail = projects.detail(id);
        return Response.ok(ProjectResponse.from(detail)).tag(ETags.of(detail.project().version)).build();
    }

    @GET
    @Path("/{id}/payment-terms")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getProjectPaymentTerms", summary = "Read a project's payment terms",
            description = "The template payments-service proposes a schedule from when a contract is registered.")
    @APIResponse(responseCode = "200", description = "The payment terms", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = PaymentTermsResponse.class),
            examples = @ExampleObject(name = "30/40/30 with the fiscal close", value = Examples.PAYMENT_TERMS)))
    @APIResponse(responseCode = "404", description = "No such project", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_PROJECT)))
    public PaymentTermsResponse paymentTerms(
            @Parameter(description = "project id", examples = {
                @ExampleObject(name = "30/40/30 with the fiscal close", value = "11"),
                @ExampleObject(name = "unknown", value = "999")})
            @PathParam("id") long id) {
        ProjectDetail detail = projects.detail(id);
        return PaymentTermsResponse.from(detail.project(), detail.installments(), detail.recurringItems());
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listProjectRevisions", summary = "Revision history of a project",
            description = "Oldest first: the import, then each confirmed correction, with the stated and effective "
                    + "amounts at each revision.")
    @APIResponse(responseCode = "200", description = "The revisions", content = @Content(mediaType = JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectRevisionResponse.class, maxItems = 10000),
            examples = @ExampleObject(name = "corrected", value = Examples.PROJECT_REVISIONS)))
    @APIResponse(responseCode = "404", description = "No such project", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_PROJECT)))
    public List<ProjectRevisionResponse> revisions(
            @Parameter(description = "project id", examples = {
                @ExampleObject(name = "corrected", value = "7"), @ExampleObject(name = "unknown", value = "999")})
            @PathParam("id") long id) {
        return projects.revisions(id).stream().map(ProjectRevisionResponse::from).toList();
    }
}
