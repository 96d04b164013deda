package cn.songjiang.budget.projects.rest;

import static cn.songjiang.budget.projects.rest.Examples.JSON;
import static cn.songjiang.budget.projects.rest.Examples.MARKDOWN;
import static cn.songjiang.budget.projects.rest.Examples.PROBLEM_JSON;
import static cn.songjiang.budget.projects.rest.Examples.TEXT;

import cn.songjiang.budget.projects.rest.dto.BudgetDocumentResponse;
import cn.songjiang.budget.projects.rest.dto.Pages;
import cn.songjiang.budget.projects.service.BudgetImportService;
import cn.songjiang.budget.projects.service.BudgetImportService.ImportResult;
import cn.songjiang.budget.projects.service.DocumentText;
import cn.songjiang.budget.support.problem.Problem;
import cn.songjiang.budget.support.security.Roles;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.PageResponse;
import cn.songjiang.budget.support.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
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

/** The import of published budget documents. */
@Path("/api/v1/budget-documents")
@Produces(JSON)
@Tag(name = "Budget documents", description = "Import of the published 区级部门预算 document, whole or not at all")
public class BudgetDocumentResource {

    private final BudgetImportService imports;

    public BudgetDocumentResource(BudgetImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({MARKDOWN, TEXT})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importBudgetDocument", summary = "Import a budget document",
            description = "Parses the whole document (UTF-8 Markdown as published), reconciles every declared total "
                    + "and stores the department budget, its 43 projects with payment terms and stated performance "
                    + "targets, and the findings. Importing the same text again (same SHA-256 after normalising line "
                    + "endings) answers the earlier import with 200. A document that cannot be parsed is refused "
                    + "whole with the line and the reason; nothing of it is stored. The text is read normalised "
                    + "(full-width digits, letters and punctuation as ASCII, ，；：（） in either width, space variants); "
                    + "tables may be tab-separated or Markdown pipe tables. The department's code comes from the "
                    + "configuration; departmentCode names it for a department nobody configured.")
    @RequestBody(required = true, content = {
        @Content(mediaType = MARKDOWN,
                schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = DocumentText.MAX_CHARACTERS),
                examples = @ExampleObject(name = "excerpt", value = Examples.DOCUMENT_TEXT)),
        @Content(mediaType = TEXT,
                schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = DocumentText.MAX_CHARACTERS),
                examples = @ExampleObject(name = "excerpt", value = Examples.DOCUMENT_TEXT))})
    @APIResponse(responseCode = "200", description = "The same text was imported before: the earlier import",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = BudgetDocumentResponse.class),
                    examples = @ExampleObject(name = "earlier import", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "201", description = "Imported",
            headers = @Header(name = "Location", description = "URL of the imported document",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = BudgetDocumentResponse.class),
                    examples = @ExampleObject(name = "seed document", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "400", description = "Empty body, bytes that are not UTF-8, more than 699,050 "
            + "characters (what 2 MiB of UTF-8 always holds), or a malformed departmentCode",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not UTF-8", value = Examples.PROBLEM_400_UTF8)))
    @APIResponse(responseCode = "409", description = "A different document of that department and year exists",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already imported", value = Examples.PROBLEM_409_IMPORTED)))
    @APIResponse(responseCode = "413", description = "Body larger than 2 MiB: refused as a problem, without reading the rest")
    @APIResponse(responseCode = "415", description = "Not text/markdown or text/plain",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The document cannot be parsed (line and reason), its "
            + "department has no configured code and none is named, or departmentCode contradicts the configuration "
            + "or an earlier import",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = {
                        @ExampleObject(name = "excerpt", value = Examples.PROBLEM_422_EXCERPT),
                        @ExampleObject(name = "department without a code", value = Examples.PROBLEM_422_DEPARTMENT),
                        @ExampleObject(name = "truncated", value = Examples.PROBLEM_422_UNPARSABLE)}))
    public Response importDocument(byte[] body,
            @Parameter(description = "the department's code, stored with the document: required when the "
                    + "department printed after 预算主管部门： has no configured code; for a configured department it "
                    + "may only repeat the configured code",
                    schema = @Schema(type = SchemaType.STRING, pattern = BudgetImportService.DEPARTMENT_CODE_PATTERN,
                            minLength = 2, maxLength = 20),
                    // Named apart from the operation's examples: the 201 'seed document' has no request body example.
                    example = "SJZWFW")
            @QueryParam("departmentCode") String departmentCode,
            @Context UriInfo uri) {
        ImportResult result = imports.importDocument(body, QueryParams.text(departmentCode));
        BudgetDocumentResponse response = BudgetDocumentResponse.from(result);
        if (!result.created()) {
            return Response.ok(response).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(result.document().id)).build())
                .entity(response).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listBudgetDocuments", summary = "List imported documents", description = "Optionally of one department or year; oldest first.")
    @APIResponse(responseCode = "200", description = "One page of documents (an empty page when none match)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Pages.DocumentPage.class),
                    examples = @ExampleObject(name = "seed document", value = Examples.DOCUMENT_PAGE)))
    @APIResponse(responseCode = "400", description = "Malformed query", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "page size", value = """
                    {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
                     "detail": "size: must be between 1 and 500",
                     "violations": [{"field": "size", "reason": "must be between 1 and 500"}]}""")))
    public PageResponse<BudgetDocumentResponse> list(
            @Parameter(description = "department code",
                    examples = @ExampleObject(name = "seed document", value = "SJZWFW"))
            @QueryParam("departmentCode") String department,
            @Parameter(description = "fiscal year", examples = @ExampleObject(name = "seed document", value = "2026"))
            @QueryParam("fiscalYear") Integer fiscalYear,
            @Parameter(description = "zero-based page", examples = @ExampleObject(name = "seed document", value = "0"))
            @QueryParam("page") Integer page,
            @Parameter(description = "page size, 1 to 500",
                    examples = @ExampleObject(name = "seed document", value = "50"))
            @QueryParam("size") Integer size) {
        return imports.search(QueryParams.text(department), fiscalYear, PageRequest.of(page, size))
                .map(BudgetDocumentResponse::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getBudgetDocument", summary = "Read an imported document's summary",
            description = "Its hash, department, year and the counts of projects and findings.")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = BudgetDocumentResponse.class),
            examples = @ExampleObject(name = "seed document", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "404", description = "No such document", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_DOCUMENT)))
    public BudgetDocumentResponse get(@Parameter(description = "document id", examples = {
        @ExampleObject(name = "seed document", value = "1"), @ExampleObject(name = "unknown", value = "999")})
            @PathParam("id") long id) {
        return BudgetDocumentResponse.from(imports.describe(id));
    }
}
