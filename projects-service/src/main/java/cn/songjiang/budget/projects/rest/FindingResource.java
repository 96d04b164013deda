package cn.songjiang.budget.projects.rest;

import static cn.songjiang.budget.projects.rest.Examples.JSON;
import static cn.songjiang.budget.projects.rest.Examples.PROBLEM_JSON;

import cn.songjiang.budget.projects.domain.FindingStatus;
import cn.songjiang.budget.projects.rest.dto.FindingResponse;
import cn.songjiang.budget.projects.rest.dto.FindingRevisionResponse;
import cn.songjiang.budget.projects.rest.dto.Pages;
import cn.songjiang.budget.projects.rest.dto.ResolutionRequest;
import cn.songjiang.budget.projects.service.FindingService;
import cn.songjiang.budget.support.problem.Problem;
import cn.songjiang.budget.support.security.Roles;
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

/** The reconciliation findings of an imported document and their resolution. */
@Path("/api/v1/budget-documents/{documentId}/findings")
@Produces(JSON)
@Consumes(JSON)
@Tag(name = "Findings", description = "Declared totals the document's parts do not reproduce, and their resolution")
public class FindingResource {

    private final FindingService findings;

    public FindingResource(FindingService findings) {
        this.findings = findings;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listFindings", summary = "List the findings of a document",
            description = "In the order the reconciliation raised them; optionally only OPEN or RESOLVED ones.")
    @APIResponse(responseCode = "200", description = "One page of findings (an empty page when none)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Pages.FindingPage.class),
                    examples = @ExampleObject(name = "seed", value = Examples.FINDING_PAGE)))
    @APIResponse(responseCode = "400", description = "Malformed query", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "status", value = """
                    {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
                     "detail": "status: must be one of [OPEN, RESOLVED]",
                     "violations": [{"field": "status", "reason": "must be one of [OPEN, RESOLVED]"}]}""")))
    @APIResponse(responseCode = "404", description = "No such document", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_DOCUMENT)))
    public PageResponse<FindingResponse> list(
            @Parameter(description = "document id", examples = {
                @ExampleObject(name = "seed", value = "1"), @ExampleObject(name = "unknown", value = "999")})
            @PathParam("documentId") long documentId,
            @Parameter(description = "OPEN or RESOLVED", schema = @Schema(implementation = FindingStatus.class),
                    examples = @ExampleObject(name = "seed", value = "OPEN"))
            @QueryParam("status") String status,
            @Parameter(description = "zero-based page", examples = @ExampleObject(name = "seed", value = "0"))
            @QueryParam("page") Integer page,
            @Parameter(description = "page size, 1 to 500", examples = @ExampleObject(name = "seed", value = "50"))
            @QueryParam("size") Integer size) {
        return findings.list(documentId, QueryParams.oneOf("status", status, FindingStatus.class),
                PageRequest.of(page, size)).map(FindingResponse::from);
    }

    @GET
    @Path("/{findingId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getFinding", summary = "Read a finding",
            description = "With the lines involved, the likely cause and, once resolved, the resolution.")
    @APIResponse(responseCode = "200", description = "The finding", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = FindingResponse.class),
            examples = @ExampleObject(name = "unit missing", value = Examples.FINDING)))
    @APIResponse(responseCode = "404", description = "No such document or finding",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_FINDING)))
    public FindingResponse get(
            @Parameter(description = "document id", examples = {
                @ExampleObject(name = "unit missing", value = "1"), @ExampleObject(name = "unknown", value = "1")})
            @PathParam("documentId") long documentId,
            @Parameter(description = "finding id", examples = {
                @ExampleObject(name = "unit missing", value = "1"), @ExampleObject(name = "unknown", value = "999")})
            @PathParam("findingId") long findingId) {
        return FindingResponse.from(findings.get(documentId, findingId));
    }

    @POST
    @Path("/{findingId}/resolution")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "resolveFinding", summary = "Resolve a finding",
            description = "With correctedAmount (only for a finding about one project's amount) the project's "
                    + "effective amount becomes it; its stated amount stays, and both are in the project's revision "
                    + "history. Without it the finding is closed as reviewed and nothing changes. A reason is "
                    + "required; a finding is resolved once.")
    @RequestBody(required = true, content = @Content(mediaType = JSON,
            schema = @Schema(implementation = ResolutionRequest.class), examples = {
                @ExampleObject(name = "correct a project amount", value = Examples.RESOLUTION),
                @ExampleObject(name = "close a total as explained", value = Examples.RESOLUTION_WITHOUT_AMOUNT),
                @ExampleObject(name = "no project", value = Examples.RESOLUTION_OF_A_TOTAL)}))
    @APIResponse(responseCode = "200", description = "The resolved finding", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = FindingResponse.class), examples = {
                @ExampleObject(name = "correct a project amount", value = Examples.FINDING_RESOLVED),
                @ExampleObject(name = "close a total as explained", value = Examples.FINDING_CLOSED)}))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no reason", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "No such document or finding",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_FINDING)))
    @APIResponse(responseCode = "409", description = "Already resolved, or changed concurrently",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "resolved", value = Examples.PROBLEM_409_RESOLVED)))
    @APIResponse(responseCode = "422", description = "A corrected amount for a finding that concerns no project",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no project", value = Examples.PROBLEM_422_CORRECTION)))
    public FindingResponse resolve(
            @Parameter(description = "document id", examples = {
                @ExampleObject(name = "correct a project amount", value = "1"),
                @ExampleObject(name = "close a total as explained", value = "1"),
                @ExampleObject(name = "no project", value = "1")})
            @PathParam("documentId") long documentId,
            @Parameter(description = "finding id", examples = {
                @ExampleObject(name = "correct a project amount", value = "1"),
                @ExampleObject(name = "close a total as explained", value = "3"),
                @ExampleObject(name = "no project", value = "4")})
            @PathParam("findingId") long findingId,
            @Valid @NotNull ResolutionRequest request) {
        return FindingResponse.from(findings.resolve(documentId, findingId, request.correctedAmount(),
                request.reason().strip()));
    }

    @GET
    @Path("/{findingId}/revisions")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listFindingRevisions", summary = "Revision history of a finding", description = "Oldest first: the import, then its resolution.")
    @APIResponse(responseCode = "200", description = "The revisions", content = @Content(mediaType = JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = FindingRevisionResponse.class, maxItems = 10000),
            examples = @ExampleObject(name = "resolved", value = Examples.FINDING_REVISIONS)))
    @APIResponse(responseCode = "404", description = "No such document or finding",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_FINDING)))
    public List<FindingRevisionResponse> revisions(
            @Parameter(description = "document id", examples = {
                @ExampleObject(name = "resolved", value = "1"), @ExampleObject(name = "unknown", value = "1")})
            @PathParam("documentId") long documentId,
            @Parameter(description = "finding id", examples = {
                @ExampleObject(name = "resolved", value = "1"), @ExampleObject(name = "unknown", value = "999")})
            @PathParam("findingId") long findingId) {
        return findings.revisions(documentId, findingId).stream().map(FindingRevisionResponse::from).toList();
    }
}
