package cn.songjiang.budget.procurement.rest;

import static cn.songjiang.budget.procurement.rest.Examples.JSON;
import static cn.songjiang.budget.procurement.rest.Examples.PROBLEM_JSON;

import cn.songjiang.budget.procurement.domain.Supplier;
import cn.songjiang.budget.procurement.domain.SupplierSize;
import cn.songjiang.budget.procurement.rest.dto.Pages;
import cn.songjiang.budget.procurement.rest.dto.Revisions;
import cn.songjiang.budget.procurement.rest.dto.SupplierRequest;
import cn.songjiang.budget.procurement.rest.dto.SupplierResponse;
import cn.songjiang.budget.procurement.service.SupplierService;
import cn.songjiang.budget.support.openapi.ProblemExamples;
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
import jakarta.ws.rs.PUT;
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

/** Suppliers, one per 统一社会信用代码. */
@Path("/api/v1/suppliers")
@Produces(JSON)
@Consumes(JSON)
@Tag(name = "Suppliers", description = "Suppliers with their 统一社会信用代码 and enterprise size")
public class SupplierResource {

    private static final String NEW_SUPPLIER = "new supplier";
    private static final String DUPLICATE = "duplicate";
    private static final String WRONG_CHECK = "wrong check character";
    private static final String ONE_SUPPLIER = "one supplier";
    private static final String SMALL_ENTERPRISE = "small enterprise";
    private static final String GROWN = "grown to medium";
    private static final String UNKNOWN = "unknown";
    private static final String STALE = "stale";
    private static final String NO_IF_MATCH = "no If-Match";

    private final SupplierService suppliers;

    public SupplierResource(SupplierService suppliers) {
        this.suppliers = suppliers;
    }

    @POST
    @RolesAllowed(Roles.PROCUREMENT)
    @Operation(operationId = "createSupplier", summary = "Register a supplier",
            description = "The 统一社会信用代码 is checked against GB 32100-2015 (alphabet, division code, check "
                    + "character); letters are stored upper-case. A code already registered is a conflict.")
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplierRequest.class),
            examples = {@ExampleObject(name = NEW_SUPPLIER, value = Examples.SUPPLIER_REQUEST_NEW),
                @ExampleObject(name = DUPLICATE, value = Examples.SUPPLIER_REQUEST),
                @ExampleObject(name = WRONG_CHECK, value = Examples.SUPPLIER_REQUEST_MISTYPED)}))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new supplier", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the supplier", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplierResponse.class),
                    examples = @ExampleObject(name = NEW_SUPPLIER, value = Examples.SUPPLIER_NEW)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "409", description = "A supplier with this credit code exists", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = DUPLICATE, value = Examples.PROBLEM_409_DUPLICATE)))
    @APIResponse(responseCode = "422", description = "The credit code fails GB 32100-2015", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = WRONG_CHECK, value = Examples.PROBLEM_422_CREDIT_CODE)))
    public Response create(@Valid @NotNull SupplierRequest request, @Context UriInfo uri) {
        Supplier supplier = suppliers.create(request.toData());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(supplier.id)).build())
                .tag(ETags.of(supplier.version)).entity(SupplierResponse.from(supplier)).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listSuppliers", summary = "List suppliers", description = "Optionally by credit code or size; oldest first.")
    @APIResponse(responseCode = "200", description = "One page of suppliers (an empty page when none match)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Pages.SupplierPage.class),
                    examples = @ExampleObject(name = ONE_SUPPLIER, value = Examples.SUPPLIER_PAGE)))
    @APIResponse(responseCode = "400", description = "Malformed query", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = """
                    {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
                     "detail": "supplierSize: must be one of [LARGE, MEDIUM, SMALL, MICRO]",
                     "violations": [{"field": "supplierSize", "reason": "must be one of [LARGE, MEDIUM, SMALL, MICRO]"}]}""")))
    public PageResponse<SupplierResponse> list(
            @Parameter(description = "统一社会信用代码", examples = @ExampleObject(name = ONE_SUPPLIER, value = "91310117MA1J3B7K2M"))
            @QueryParam("creditCode") String creditCode,
            @Parameter(description = "LARGE, MEDIUM, SMALL or MICRO", schema = @Schema(implementation = SupplierSize.class),
                    examples = @ExampleObject(name = ONE_SUPPLIER, value = "SMALL"))
            @QueryParam("supplierSize") String supplierSize,
            @Parameter(description = "zero-based page", examples = @ExampleObject(name = ONE_SUPPLIER, value = "0"))
            @QueryParam("page") Integer page,
            @Parameter(description = "page size, 1 to 500", examples = @ExampleObject(name = ONE_SUPPLIER, value = "50"))
            @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return suppliers.search(creditCode, QueryParams.oneOf("supplierSize", supplierSize, SupplierSize.class), request)
                .map(SupplierResponse::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getSupplier", summary = "Read a supplier", description = "With its current size.")
    @APIResponse(responseCode = "200", description = "The supplier",
            headers = @Header(name = "ETag", description = "Version of the supplier; send it as If-Match to update",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplierResponse.class),
                    examples = @ExampleObject(name = SMALL_ENTERPRISE, value = Examples.SUPPLIER)))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = UNKNOWN, value = Examples.PROBLEM_404_SUPPLIER)))
    public Response get(@Parameter(description = "supplier id", examples = {
        @ExampleObject(name = SMALL_ENTERPRISE, value = "5"), @ExampleObject(name = UNKNOWN, value = "999")})
            @PathParam("id") long id) {
        Supplier supplier = suppliers.get(id);
        return Response.ok(SupplierResponse.from(supplier)).tag(ETags.of(supplier.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROCUREMENT)
    @Operation(operationId = "updateSupplier", summary = "Update a supplier",
            description = "Replaces name, credit code, size and contact. A new size applies to contracts signed from "
                    + "now on; signed contracts keep their supplierSizeAtSigning. Send the ETag as If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplierRequest.class),
            examples = {@ExampleObject(name = GROWN, value = Examples.SUPPLIER_UPDATE),
                @ExampleObject(name = UNKNOWN, value = Examples.SUPPLIER_UPDATE),
                @ExampleObject(name = DUPLICATE, value = Examples.SUPPLIER_UPDATE_TAKEN_CODE),
                @ExampleObject(name = STALE, value = Examples.SUPPLIER_UPDATE),
                @ExampleObject(name = WRONG_CHECK, value = Examples.SUPPLIER_REQUEST_MISTYPED),
                @ExampleObject(name = NO_IF_MATCH, value = Examples.SUPPLIER_UPDATE)}))
    @APIResponse(responseCode = "200", description = "The updated supplier",
            headers = @Header(name = "ETag", description = "New version of the supplier", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplierResponse.class),
                    examples = @ExampleObject(name = GROWN, value = Examples.SUPPLIER_MEDIUM)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = UNKNOWN, value = Examples.PROBLEM_404_SUPPLIER)))
    @APIResponse(responseCode = "409", description = "Another supplier has this credit code", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = DUPLICATE, value = Examples.PROBLEM_409_DUPLICATE_UPDATE)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = STALE, value = ProblemExamples.PRECONDITION_FAILED)))
    @APIResponse(responseCode = "422", description = "The credit code fails GB 32100-2015", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = WRONG_CHECK, value = Examples.PROBLEM_422_CREDIT_CODE)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = NO_IF_MATCH, value = ProblemExamples.PRECONDITION_REQUIRED)))
    public Response update(@Parameter(description = "supplier id", examples = {
        @ExampleObject(name = GROWN, value = "5"), @ExampleObject(name = UNKNOWN, value = "999"),
        @ExampleObject(name = DUPLICATE, value = "5"), @ExampleObject(name = STALE, value = "5"),
        @ExampleObject(name = WRONG_CHECK, value = "5"), @ExampleObject(name = NO_IF_MATCH, value = "5")})
            @PathParam("id") long id,
            @Parameter(description = "ETag of the supplier as read", schema = @Schema(type = SchemaType.STRING,
                    maxLength = ETags.MAX_LENGTH), examples = {
                        @ExampleObject(name = GROWN, value = Examples.ETAG_0),
                        @ExampleObject(name = UNKNOWN, value = Examples.ETAG_0),
                        @ExampleObject(name = DUPLICATE, value = Examples.ETAG_0),
                        @ExampleObject(name = STALE, value = Examples.ETAG_STALE),
                        @ExampleObject(name = WRONG_CHECK, value = Examples.ETAG_0)})
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SupplierRequest request) {
        Supplier supplier = suppliers.update(id, ifMatch, request.toData());
        return Response.ok(SupplierResponse.from(supplier)).tag(ETags.of(supplier.version)).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getSupplierHistory", summary = "The revision history of a supplier",
            description = "Every change of the supplier: who, when, and the supplier as it was then; oldest first.")
    @APIResponse(responseCode = "200", description = "The revisions",
            content = @Content(mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Revisions.SupplierRevision.class, maxItems = 10000),
                    examples = @ExampleObject(name = "created", value = Examples.SUPPLIER_HISTORY)))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = UNKNOWN, value = Examples.PROBLEM_404_SUPPLIER)))
    public List<Revisions.SupplierRevision> history(@Parameter(description = "supplier id", examples = {
        @ExampleObject(name = "created", value = "5"), @ExampleObject(name = UNKNOWN, value = "999")})
            @PathParam("id") long id) {
        return suppliers.history(id).stream().map(r -> Revisions.supplier(r, SupplierResponse::from)).toList();
    }
}
