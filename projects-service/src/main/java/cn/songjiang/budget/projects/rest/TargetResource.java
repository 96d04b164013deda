package cn.songjiang.budget.projects.rest;

import static cn.songjiang.budget.projects.rest.Examples.JSON;
import static cn.songjiang.budget.projects.rest.Examples.PROBLEM_JSON;

import cn.songjiang.budget.projects.domain.PerformanceTarget;
import cn.songjiang.budget.projects.domain.TargetObservation;
import cn.songjiang.budget.projects.rest.dto.ObservationRequest;
import cn.songjiang.budget.projects.rest.dto.ObservationResponse;
import cn.songjiang.budget.projects.rest.dto.Pages;
import cn.songjiang.budget.projects.rest.dto.TargetRequest;
import cn.songjiang.budget.projects.rest.dto.TargetResponse;
import cn.songjiang.budget.projects.rest.dto.TargetRevisionResponse;
import cn.songjiang.budget.projects.rest.dto.TargetTreeResponse;
import cn.songjiang.budget.projects.service.TargetService;
import cn.songjiang.budget.projects.service.TargetStatus;
import cn.songjiang.budget.support.openapi.ProblemExamples;
import cn.songjiang.budget.support.problem.Problem;
import cn.songjiang.budget.support.security.Roles;
import cn.songjiang.budget.support.web.ETags;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

/** Performance targets of a project (预算绩效管理, docs/domain.md §6) and their observed actuals. */
@Path("/api/v1/projects/{projectId}/targets")
@Produces(JSON)
@Consumes(JSON)
@Tag(name = "Performance targets", description = "The 绩效目标 indicator tree of a project, its actuals and completion")
public class TargetResource {

    private static final String IF_MATCH = "If-Match";
    private static final String ETAG_0 = "\"0\"";
    private static final String ETAG_7 = "\"7\"";

    private final TargetService targets;

    public TargetResource(TargetService targets) {
        this.targets = targets;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getTargetTree", summary = "The indicator tree of a project",
            description = "一级指标 → 二级指标 → targets, each with its latest actual and completion ratio, and the "
                    + "project's average completion. Only branches that have targets are listed.")
    @APIResponse(responseCode = "200", description = "The tree", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = TargetTreeResponse.class),
            examples = @ExampleObject(name = "数据运营服务项目", value = Examples.TARGET_TREE)))
    @APIResponse(responseCode = "404", description = "No such project", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_PROJECT)))
    public TargetTreeResponse tree(
            @Parameter(description = "project id", examples = {
                @ExampleObject(name = "数据运营服务项目", value = "30"), @ExampleObject(name = "unknown", value = "999")})
            @PathParam("projectId") long projectId) {
        return TargetTreeResponse.from(targets.tree(projectId));
    }

    @POST
    @RolesAllowed(Roles.PM)
    @Operation(operationId = "createTarget", summary = "Add a target",
            description = "level2 must belong to level1; a target has a value with its unit, or (comparator LE) a "
                    + "deadline; a QUALITATIVE target has neither.")
    @RequestBody(required = true, content = @Content(mediaType = JSON,
            schema = @Schema(implementation = TargetRequest.class), examples = {
                @ExampleObject(name = "satisfaction", value = Examples.TARGET_REQUEST),
                @ExampleObject(name = "level mismatch", value = Examples.TARGET_REQUEST_LEVEL_MISMATCH)}))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new target", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", description = "Version of the target", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TargetResponse.class),
                    examples = @ExampleObject(name = "satisfaction", value = Examples.TARGET_CREATED)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no name", value = """
                    {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
                     "detail": "name: must not be blank", "violations": [{"field": "name", "reason": "must not be blank"}]}""")))
    @APIResponse(responseCode = "404", description = "No such project", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_PROJECT)))
    @APIResponse(responseCode = "422", description = "The target breaks a rule of the indicator tree",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "level mismatch", value = Examples.PROBLEM_422_TARGET)))
    public Response create(
            @Parameter(description = "project id", examples = {
                @ExampleObject(name = "satisfaction", value = "30"), @ExampleObject(name = "level mismatch", value = "30")})
            @PathParam("projectId") long projectId,
            @Valid @NotNull TargetRequest request, @Context UriInfo uri) {
        PerformanceTarget target = targets.create(projectId, request.toData());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(target.id)).build())
                .tag(ETags.of(target.version)).entity(TargetResponse.from(new TargetStatus(target, null, null)))
                .build();
    }

    @GET
    @Path("/{targetId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getTarget", summary = "Read a target",
            description = "With its latest actual and completion ratio; the ETag is its version.")
    @APIResponse(responseCode = "200", description = "The target",
            headers = @Header(name = "ETag", description = "Version; send it as If-Match to change or remove",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TargetResponse.class),
                    examples = @ExampleObject(name = "team size", value = Examples.TARGET)))
    @APIResponse(responseCode = "404", description = "No such project or target", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_TARGET)))
    public Response get(
            @Parameter(description = "project id", examples = {
                @ExampleObject(name = "team size", value = "30"), @ExampleObject(name = "unknown", value = "30")})
            @PathParam("projectId") long projectId,
            @Parameter(description = "target id", examples = {
                @ExampleObject(name = "team size", value = "33"), @ExampleObject(name = "unknown", value = "999")})
            @PathParam("targetId") long targetId) {
        TargetStatus status = targets.get(projectId, targetId);
        return Response.ok(TargetResponse.from(status)).tag(ETags.of(status.target().version)).build();
    }

    @PUT
    @Path("/{targetId}")
    @RolesAllowed(Roles.PM)
    @Operation(operationId = "updateTarget", summary = "Change a target", description = "Replaces its fields; send its ETag as If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = JSON,
            schema = @Schema(implementation = TargetRequest.class), examples = {
                @ExampleObject(name = "raise the floor", value = Examples.TARGET_RAISE_REQUEST),
                @ExampleObject(name = "stale", value = Examples.TARGET_INCIDENTS_REQUEST),
                @ExampleObject(name = "unknown", value = Examples.TARGET_RAISE_REQUEST)}))
    @APIResponse(responseCode = "200", description = "The changed target",
            headers = @Header(name = "ETag", description = "New version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TargetResponse.class),
                    examples = @ExampleObject(name = "raise the floor", value = Examples.TARGET_RAISED)))
    @APIResponse(responseCode = "400", description = "Malformed request or If-Match", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "No such project or target", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_TARGET)))
    @APIResponse(responseCode = "409", description = "Changed concurrently", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "conflict", value = """
                    {"type": "urn:budget:problem:version-conflict", "title": "Conflict", "status": 409,
                     "detail": "Someone else changed this record at the same time; read it again and retry"}""")))
    @APIResponse(responseCode = "412", description = "If-Match names an old version", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "stale", value = ProblemExamples.PRECONDITION_FAILED)))
    @APIResponse(responseCode = "422", description = "The target breaks a rule of the indicator tree",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "level mismatch", value = Examples.PROBLEM_422_TARGET)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "missing", value = ProblemExamples.PRECONDITION_REQUIRED)))
    public Response update(
            @Parameter(description = "project id", examples = {
                @ExampleObject(name = "raise the floor", value = "30"), @ExampleObject(name = "stale", value = "30"),
                @ExampleObject(name = "unknown", value = "30")})
            @PathParam("projectId") long projectId,
            @Parameter(description = "target id", examples = {
                @ExampleObject(name = "raise the floor", value = "33"), @ExampleObject(name = "stale", value = "34"),
                @ExampleObject(name = "unknown", value = "999")})
            @PathParam("targetId") long targetId,
            @Parameter(description = "ETag of the version being changed",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ETags.MAX_LENGTH), examples = {
                        @ExampleObject(name = "raise the floor", value = ETAG_0),
                        @ExampleObject(name = "stale", value = ETAG_7),
                        @ExampleObject(name = "unknown", value = ETAG_0)})
            @HeaderParam(IF_MATCH) String ifMatch,
            @Valid @NotNull TargetRequest request) {
        TargetStatus status = targets.update(projectId, targetId, ifMatch, request.toData());
        return Response.ok(TargetResponse.from(status)).tag(ETags.of(status.target().version)).build();
    }

    @DELETE
    @Path("/{targetId}")
    @RolesAllowed(Roles.PM)
    @Operation(operationId = "deleteTarget", summary = "Remove a target", description = "With its observations; send its ETag as If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "Malformed If-Match", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = """
                    {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
                     "detail": "If-Match: must be the ETag of the record, e.g. \\"3\\"",
                     "violations": [{"field": "If-Match", "reason": "must be the ETag of the record, e.g. \\"3\\""}]}""")))
    @APIResponse(responseCode = "404", description = "No such project or target", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_TARGET)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "stale", value = ProblemExamples.PRECONDITION_FAILED)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "missing", value = ProblemExamples.PRECONDITION_REQUIRED)))
    public Response delete(
            @Parameter(description = "project id", examples = {
                @ExampleObject(name = "remove a stated target", value = "40"), @ExampleObject(name = "stale", value = "30"),
                @ExampleObject(name = "unknown", value = "30")})
            @PathParam("projectId") long projectId,
            @Parameter(description = "target id", examples = {
                @ExampleObject(name = "remove a stated target", value = "45"), @ExampleObject(name = "stale", value = "34"),
                @ExampleObject(name = "unknown", value = "999")})
            @PathParam("targetId") long targetId,
            @Parameter(description = "ETag of the version being removed",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ETags.MAX_LENGTH), examples = {
                        @ExampleObject(name = "remove a stated target", value = ETAG_0),
                        @ExampleObject(name = "stale", value = ETAG_7),
                        @ExampleObject(name = "unknown", value = ETAG_0)})
            @HeaderParam(IF_MATCH) String ifMatch) {
        targets.delete(projectId, targetId, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{targetId}/revisions")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listTargetRevisions", summary = "Revision history of a target", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The revisions", content = @Content(mediaType = JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = TargetRevisionResponse.class, maxItems = 10000),
            examples = @ExampleObject(name = "changed once", value = Examples.TARGET_REVISIONS)))
    @APIResponse(responseCode = "404", description = "No such project or target", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_TARGET)))
    public List<TargetRevisionResponse> revisions(
            @Parameter(description = "project id", examples = {
                @ExampleObject(name = "changed once", value = "30"), @ExampleObject(name = "unknown", value = "30")})
            @PathParam("projectId") long projectId,
            @Parameter(description = "target id", examples = {
                @ExampleObject(name = "changed once", value = "33"), @ExampleObject(name = "unknown", value = "999")})
            @PathParam("targetId") long targetId) {
        return targets.revisions(projectId, targetId).stream().map(TargetRevisionResponse::from).toList();
    }

    @POST
    @Path("/{targetId}/observations")
    @RolesAllowed(Roles.PM)
    @Operation(operationId = "recordObservation", summary = "Record an actual of a target",
            description = "A value in the target's unit (0–1 for a qualitative target: the assessed completion), the "
                    + "date it was observed (not in the future) and a note. For a deadline target the date is when it "
                    + "was reached and the value may be omitted.")
    @RequestBody(required = true, content = @Content(mediaType = JSON,
            schema = @Schema(implementation = ObservationRequest.class), examples = {
                @ExampleObject(name = "team size in March", value = Examples.OBSERVATION_REQUEST),
                @ExampleObject(name = "future", value = Examples.OBSERVATION_REQUEST_IN_FUTURE)}))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "URL of the target's observations",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ObservationResponse.class),
                    examples = @ExampleObject(name = "team size in March", value = Examples.OBSERVATION)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "no date", value = """
                    {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
                     "detail": "observedOn: must not be null",
                     "violations": [{"field": "observedOn", "reason": "must not be null"}]}""")))
    @APIResponse(responseCode = "404", description = "No such project or target", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_TARGET)))
    @APIResponse(responseCode = "422", description = "A future date, a missing value, or a qualitative ratio outside 0–1",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "future", value = Examples.PROBLEM_422_OBSERVATION)))
    public Response observe(
            @Parameter(description = "project id", examples = {
                @ExampleObject(name = "team size in March", value = "30"), @ExampleObject(name = "future", value = "30")})
            @PathParam("projectId") long projectId,
            @Parameter(description = "target id", examples = {
                @ExampleObject(name = "team size in March", value = "33"), @ExampleObject(name = "future", value = "33")})
            @PathParam("targetId") long targetId,
            @Valid @NotNull ObservationRequest request, @Context UriInfo uri) {
        TargetObservation observation = targets.observe(projectId, targetId, request.value(), request.observedOn(),
                request.note());
        return Response.created(uri.getAbsolutePath()).entity(ObservationResponse.from(observation)).build();
    }

    @GET
    @Path("/{targetId}/observations")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listObservations", summary = "List the actuals of a target", description = "Latest first.")
    @APIResponse(responseCode = "200", description = "One page of observations (an empty page when none)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Pages.ObservationPage.class),
                    examples = @ExampleObject(name = "one", value = Examples.OBSERVATION_PAGE)))
    @APIResponse(responseCode = "400", description = "Malformed query", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "page", value = """
                    {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
                     "detail": "page: must be 0 or more", "violations": [{"field": "page", "reason": "must be 0 or more"}]}""")))
    @APIResponse(responseCode = "404", description = "No such project or target", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_TARGET)))
    public PageResponse<ObservationResponse> observations(
            @Parameter(description = "project id", examples = {
                @ExampleObject(name = "one", value = "30"), @ExampleObject(name = "unknown", value = "30")})
            @PathParam("projectId") long projectId,
            @Parameter(description = "target id", examples = {
                @ExampleObject(name = "one", value = "33"), @ExampleObject(name = "unknown", value = "999")})
            @PathParam("targetId") long targetId,
            @Parameter(description = "zero-based page", examples = @ExampleObject(name = "one", value = "0"))
            @QueryParam("page") Integer page,
            @Parameter(description = "page size, 1 to 500", examples = @ExampleObject(name = "one", value = "50"))
            @QueryParam("size") Integer size) {
        return targets.observations(projectId, targetId, PageRequest.of(page, size)).map(ObservationResponse::from);
    }
}
