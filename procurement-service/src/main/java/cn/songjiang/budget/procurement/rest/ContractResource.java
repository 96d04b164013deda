package cn.songjiang.budget.procurement.rest;

import static cn.songjiang.budget.procurement.rest.Examples.JSON;
import static cn.songjiang.budget.procurement.rest.Examples.PROBLEM_JSON;

import cn.songjiang.budget.procurement.domain.Contract;
import cn.songjiang.budget.procurement.domain.ContractAmendment;
import cn.songjiang.budget.procurement.domain.ContractStatus;
import cn.songjiang.budget.procurement.rest.dto.AmendmentRequest;
import cn.songjiang.budget.procurement.rest.dto.AmendmentResponse;
import cn.songjiang.budget.procurement.rest.dto.ContractRequest;
import cn.songjiang.budget.procurement.rest.dto.ContractResponse;
import cn.songjiang.budget.procurement.rest.dto.ContractStatusRequest;
import cn.songjiang.budget.procurement.rest.dto.Pages;
import cn.songjiang.budget.procurement.rest.dto.Revisions;
import cn.songjiang.budget.procurement.service.ContractService;
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

/** Contracts awarded from plans, their amendments and their status. */
@Path("/api/v1/contracts")
@Produces(JSON)
@Consumes(JSON)
@Tag(name = "Contracts", description = "Contracts awarded from procurement plans: value, dates, supplier, size at signing, payment term")
public class ContractResource {

    private static final String NOT_FOUND = """
            {"type": "urn:budget:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Contract 999 does not exist"}""";

    private static final String CLOUD = "cloud operations";
    private static final String SME_TERM = "SME term of 90 days";
    private static final String SECOND_LOT_ABOVE_PLAN = "second lot above the plan";
    private static final String ONE_CONTRACT = "one contract";
    private static final String UNIFORMS = "work uniforms";
    private static final String LONGER = "longer period";
    private static final String ABOVE_PLAN = "above the plan";
    private static final String COMPLETED = "completed";
    private static final String ALREADY_COMPLETED = "already completed";
    private static final String UNKNOWN = "unknown";
    private static final String STALE = "stale";
    private static final String NO_IF_MATCH = "no If-Match";
    /** Contract 5 after it was completed. */
    private static final String ETAG_1 = "\"1\"";

    private final ContractService contracts;

    public ContractResource(ContractService contracts) {
        this.contracts = contracts;
    }

    @POST
    @RolesAllowed(Roles.PROCUREMENT)
    @Operation(operationId = "createContract", summary = "Award a contract on a plan",
            description = "The plan must be TENDERING (it becomes AWARDED) or AWARDED. The value may not take the "
                    + "plan's contracts above the plan unless an admin approves with valueOverPlanReason. The "
                    + "supplier's size is frozen at signing. paymentTermDays defaults to 30 and may not exceed 60 for "
                    + "an SME supplier (保障中小企业款项支付条例). A plan reserved WHOLE for SMEs needs an SME supplier. "
                    + "projects-service is called only with linkProjectPaymentTerms (503 when it is down).")
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = ContractRequest.class),
            examples = {@ExampleObject(name = CLOUD, value = Examples.CONTRACT_REQUEST_CLOUD),
                @ExampleObject(name = SME_TERM, value = Examples.CONTRACT_REQUEST_SME_TERM),
                @ExampleObject(name = SECOND_LOT_ABOVE_PLAN, value = Examples.CONTRACT_REQUEST_ABOVE_PLAN)}))
    @APIResponse(responseCode = "201", description = "Created, ACTIVE",
            headers = {@Header(name = "Location", description = "URL of the new contract", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the contract", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ContractResponse.class),
                    examples = @ExampleObject(name = CLOUD, value = Examples.CONTRACT_CLOUD)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "422", description = "A rule refuses the contract: contract-plan-must-exist, "
            + "contract-supplier-must-exist, contract-needs-tendering-or-awarded-plan, contract-value-within-plan, "
            + "reserved-plan-needs-sme-supplier, contract-period-start-before-end, sme-payment-term-at-most-60-days, "
            + "payment-term-positive, payment-term-maximum, late-payment-rate-range, late-payment-rate-not-below-lpr, "
            + "project-must-exist, project-payment-terms-must-exist",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = SME_TERM, value = Examples.PROBLEM_422_PAYMENT_TERM),
                            @ExampleObject(name = SECOND_LOT_ABOVE_PLAN, value = Examples.PROBLEM_422_SECOND_LOT_ABOVE_PLAN)}))
    @APIResponse(responseCode = "503", description = "projects-service is unavailable (only with linkProjectPaymentTerms); nothing was stored",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "projects-service down", value = Examples.PROBLEM_503)))
    public Response create(@Valid @NotNull ContractRequest request, @Context UriInfo uri) {
        long id = contracts.create(request.toCommand()).id;
        Contract contract = contracts.get(id);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .tag(ETags.of(contract.version)).entity(ContractResponse.from(contract)).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listContracts", summary = "List contracts", description = "Filtered by project, supplier, plan and status; oldest first. "
            + "Does not need projects-service.")
    @APIResponse(responseCode = "200", description = "One page of contracts (an empty page when none match)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Pages.ContractPage.class),
                    examples = @ExampleObject(name = ONE_CONTRACT, value = Examples.CONTRACT_PAGE)))
    @APIResponse(responseCode = "400", description = "Malformed query", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = """
                    {"type": "urn:budget:problem:validation", "title": "Invalid request", "status": 400,
                     "detail": "projectId: must be a positive whole number",
                     "violations": [{"field": "projectId", "reason": "must be a positive whole number"}]}""")))
    public PageResponse<ContractResponse> list(
            @Parameter(description = "project id (projects-service)", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int64", minimum = "1"), examples = @ExampleObject(name = ONE_CONTRACT, value = "1"))
            @QueryParam("projectId") String projectId,
            @Parameter(description = "supplier id", schema = @Schema(type = SchemaType.INTEGER, format = "int64",
                    minimum = "1"), examples = @ExampleObject(name = ONE_CONTRACT, value = "5"))
            @QueryParam("supplierId") String supplierId,
            @Parameter(description = "plan id", schema = @Schema(type = SchemaType.INTEGER, format = "int64",
                    minimum = "1"), examples = @ExampleObject(name = ONE_CONTRACT, value = "3"))
            @QueryParam("planId") String planId,
            @Parameter(description = "ACTIVE, COMPLETED or TERMINATED", schema = @Schema(implementation = ContractStatus.class),
                    examples = @ExampleObject(name = ONE_CONTRACT, value = "ACTIVE"))
            @QueryParam("status") String status,
            @Parameter(description = "zero-based page", examples = @ExampleObject(name = ONE_CONTRACT, value = "0"))
            @QueryParam("page") Integer page,
            @Parameter(description = "page size, 1 to 500", examples = @ExampleObject(name = ONE_CONTRACT, value = "50"))
            @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return contracts.search(QueryParams.id("projectId", projectId), QueryParams.id("supplierId", supplierId),
                        QueryParams.id("planId", planId), QueryParams.oneOf("status", status, ContractStatus.class), request)
                .map(ContractResponse::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getContract", summary = "Read a contract", description = "Does not need projects-service.")
    @APIResponse(responseCode = "200", description = "The contract",
            headers = @Header(name = "ETag", description = "Version of the contract; send it as If-Match to amend",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ContractResponse.class),
                    examples = @ExampleObject(name = UNIFORMS, value = Examples.CONTRACT)))
    @APIResponse(responseCode = "404", description = "No such contract", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = UNKNOWN, value = NOT_FOUND)))
    public Response get(@Parameter(description = "contract id", examples = {
        @ExampleObject(name = UNIFORMS, value = "7"), @ExampleObject(name = UNKNOWN, value = "999")})
            @PathParam("id") long id) {
        Contract contract = contracts.get(id);
        return Response.ok(ContractResponse.from(contract)).tag(ETags.of(contract.version)).build();
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed(Roles.PROCUREMENT)
    @Operation(operationId = "amendContract", summary = "Amend a contract's value or period",
            description = "Records the reason with the values before and after. The new value may not take the plan's "
                    + "contracts above the plan unless an admin approves with valueOverPlanReason. Send the contract's "
                    + "ETag as If-Match; the answer carries the contract's new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = AmendmentRequest.class),
            examples = {@ExampleObject(name = LONGER, value = Examples.AMENDMENT_REQUEST),
                @ExampleObject(name = UNKNOWN, value = Examples.AMENDMENT_REQUEST),
                @ExampleObject(name = COMPLETED, value = Examples.AMENDMENT_REQUEST),
                @ExampleObject(name = STALE, value = Examples.AMENDMENT_REQUEST),
                @ExampleObject(name = ABOVE_PLAN, value = Examples.AMENDMENT_REQUEST_ABOVE_PLAN),
                @ExampleObject(name = NO_IF_MATCH, value = Examples.AMENDMENT_REQUEST)}))
    @APIResponse(responseCode = "201", description = "Amended",
            headers = {@Header(name = "Location", description = "URL of the contract's amendments", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "New version of the contract", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = JSON, schema = @Schema(implementation = AmendmentResponse.class),
                    examples = @ExampleObject(name = LONGER, value = Examples.AMENDMENT)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "No such contract", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = UNKNOWN, value = NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The contract is no longer ACTIVE", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = COMPLETED, value = Examples.PROBLEM_409_NOT_ACTIVE)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = STALE, value = ProblemExamples.PRECONDITION_FAILED)))
    @APIResponse(responseCode = "422", description = "A rule refuses the amendment: amendment-changes-something, "
            + "contract-value-within-plan, contract-period-start-before-end",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = ABOVE_PLAN, value = Examples.PROBLEM_422_WITHIN_PLAN)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = NO_IF_MATCH, value = ProblemExamples.PRECONDITION_REQUIRED)))
    public Response amend(@Parameter(description = "contract id", examples = {
        @ExampleObject(name = LONGER, value = "7"), @ExampleObject(name = UNKNOWN, value = "999"),
        @ExampleObject(name = COMPLETED, value = "5"), @ExampleObject(name = STALE, value = "7"),
        @ExampleObject(name = ABOVE_PLAN, value = "7"), @ExampleObject(name = NO_IF_MATCH, value = "7")})
            @PathParam("id") long id,
            @Parameter(description = "ETag of the contract as read", schema = @Schema(type = SchemaType.STRING,
                    maxLength = ETags.MAX_LENGTH), examples = {
                        @ExampleObject(name = LONGER, value = Examples.ETAG_0),
                        @ExampleObject(name = UNKNOWN, value = Examples.ETAG_0),
                        @ExampleObject(name = COMPLETED, value = ETAG_1),
                        @ExampleObject(name = STALE, value = Examples.ETAG_STALE),
                        @ExampleObject(name = ABOVE_PLAN, value = Examples.ETAG_0)})
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AmendmentRequest request, @Context UriInfo uri) {
        ContractAmendment amendment = contracts.amend(id, ifMatch, request.toCommand());
        Contract contract = contracts.get(id);
        return Response.created(uri.getAbsolutePath()).tag(ETags.of(contract.version))
                .entity(AmendmentResponse.from(amendment)).build();
    }

    @GET
    @Path("/{id}/amendments")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listContractAmendments", summary = "The amendment history of a contract", description = "Oldest first; [] when never amended.")
    @APIResponse(responseCode = "200", description = "The amendments",
            content = @Content(mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AmendmentResponse.class, maxItems = 10000),
                    examples = @ExampleObject(name = "one amendment", value = Examples.AMENDMENTS)))
    @APIResponse(responseCode = "404", description = "No such contract", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = UNKNOWN, value = NOT_FOUND)))
    public List<AmendmentResponse> amendments(@Parameter(description = "contract id", examples = {
        @ExampleObject(name = "one amendment", value = "7"), @ExampleObject(name = UNKNOWN, value = "999")})
            @PathParam("id") long id) {
        return contracts.amendments(id).stream().map(AmendmentResponse::from).toList();
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed(Roles.PROCUREMENT)
    @Operation(operationId = "changeContractStatus", summary = "Complete or terminate a contract",
            description = "ACTIVE → COMPLETED or TERMINATED, with the reason. A terminated contract no longer counts "
                    + "as awarded. Send the contract's ETag as If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = ContractStatusRequest.class),
            examples = {@ExampleObject(name = COMPLETED, value = Examples.CONTRACT_STATUS),
                @ExampleObject(name = UNKNOWN, value = Examples.CONTRACT_STATUS),
                @ExampleObject(name = ALREADY_COMPLETED, value = Examples.CONTRACT_STATUS_TERMINATED),
                @ExampleObject(name = STALE, value = Examples.CONTRACT_STATUS),
                @ExampleObject(name = NO_IF_MATCH, value = Examples.CONTRACT_STATUS)}))
    @APIResponse(responseCode = "200", description = "The contract in its new status",
            headers = @Header(name = "ETag", description = "New version of the contract", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ContractResponse.class),
                    examples = @ExampleObject(name = COMPLETED, value = Examples.CONTRACT_COMPLETED)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_400)))
    @APIResponse(responseCode = "404", description = "No such contract", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = UNKNOWN, value = NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The step is not allowed from the current status", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = ALREADY_COMPLETED, value = Examples.PROBLEM_409_CONTRACT_TRANSITION)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = STALE, value = ProblemExamples.PRECONDITION_FAILED)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = NO_IF_MATCH, value = ProblemExamples.PRECONDITION_REQUIRED)))
    public Response changeStatus(@Parameter(description = "contract id", examples = {
        @ExampleObject(name = COMPLETED, value = "6"), @ExampleObject(name = UNKNOWN, value = "999"),
        @ExampleObject(name = ALREADY_COMPLETED, value = "5"), @ExampleObject(name = STALE, value = "6"),
        @ExampleObject(name = NO_IF_MATCH, value = "6")})
            @PathParam("id") long id,
            @Parameter(description = "ETag of the contract as read", schema = @Schema(type = SchemaType.STRING,
                    maxLength = ETags.MAX_LENGTH), examples = {
                        @ExampleObject(name = COMPLETED, value = Examples.ETAG_0),
                        @ExampleObject(name = UNKNOWN, value = Examples.ETAG_0),
                        @ExampleObject(name = ALREADY_COMPLETED, value = ETAG_1),
                        @ExampleObject(name = STALE, value = Examples.ETAG_STALE)})
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ContractStatusRequest request) {
        contracts.changeStatus(id, ifMatch, request.status(), request.reason());
        Contract contract = contracts.get(id);
        return Response.ok(ContractResponse.from(contract)).tag(ETags.of(contract.version)).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getContractHistory", summary = "The revision history of a contract",
            description = "Every change of the contract: who, when, and the contract as it was then; oldest first.")
    @APIResponse(responseCode = "200", description = "The revisions",
            content = @Content(mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Revisions.ContractRevision.class, maxItems = 10000),
                    examples = @ExampleObject(name = "created", value = Examples.CONTRACT_HISTORY)))
    @APIResponse(responseCode = "404", description = "No such contract", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = UNKNOWN, value = NOT_FOUND)))
    public List<Revisions.ContractRevision> history(@Parameter(description = "contract id", examples = {
        @ExampleObject(name = "created", value = "7"), @ExampleObject(name = UNKNOWN, value = "999")})
            @PathParam("id") long id) {
        return contracts.history(id).stream().map(r -> Revisions.contract(r, ContractResponse::from)).toList();
    }
}
