package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.payments.domain.Installment;
import cn.songjiang.budget.payments.domain.Limits;
import cn.songjiang.budget.payments.rest.dto.EventResponse;
import cn.songjiang.budget.payments.rest.dto.InstallmentResponse;
import cn.songjiang.budget.payments.rest.dto.PaymentRequest;
import cn.songjiang.budget.payments.rest.dto.PaymentResponse;
import cn.songjiang.budget.payments.rest.dto.RecordEventRequest;
import cn.songjiang.budget.payments.service.EventService;
import cn.songjiang.budget.payments.service.PaymentService;
import cn.songjiang.budget.payments.service.PlanService;
import cn.songjiang.budget.support.security.Roles;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.PageResponse;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
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

/** Installments: a project's, their milestone events and their payments. */
@Path("/api/v1/installments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Installments", description = "Milestone events that make installments payable, and payments")
public class InstallmentResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final PlanService plans;
    private final EventService events;
    private final PaymentService payments;
    private final Responses responses;

    public InstallmentResource(PlanService plans, EventService events, PaymentService payments, Responses responses) {
        this.plans = plans;
        this.events = events;
        this.payments = payments;
        this.responses = responses;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listInstallments", summary = "List the installments of a project",
            description = "The installments of every plan of the project, cancelled ones left out, by plan (oldest "
                    + "first) and sequence: what a project page shows under its plans in one request.")
    @APIResponse(responseCode = "200", description = "One page of installments")
    @APIResponse(responseCode = "400", description = "Missing project or malformed paging")
    public PageResponse<InstallmentResponse> list(
            @Parameter(description = "The project", required = true) @QueryParam("projectId") @NotNull @Positive
            Long projectId,
            @Parameter(description = "Zero-based page") @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE)
            Integer page,
            @Parameter(description = "Page size, default 50") @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE)
            Integer size) {
        PageRequest request = PageRequest.of(page, size);
        PlanService.Page<Installment> result = plans.installmentsOfProject(projectId, request.page(), request.size());
        return PageResponse.of(result.items().stream().map(i -> responses.installment(i, i.plan.id)).toList(),
                request, result.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getInstallment", summary = "Read an installment",
            description = "With its due date, statutory deadline, days overdue and the interest accrued today")
    @APIResponse(responseCode = "200", description = "The installment",
            content = @Content(schema = @Schema(implementation = InstallmentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such installment")
    public InstallmentResponse get(@PathParam("id") long id) {
        Installment installment = plans.installment(id);
        return responses.installment(installment, installment.plan.id);
    }

    @POST
    @Path("/{id}/events")
    @RolesAllowed(Roles.PM)
    @Operation(operationId = "recordInstallmentEvent", summary = "Record that the installment's trigger happened",
            description = "Contract signed, acceptance passed, service months elapsed, period settled... The "
                    + "installment becomes payable, due after the contract's payment term (for an SME 30 days by "
                    + "default and never more than 60, counted from acceptance when payment depends on it). "
                    + "Fixed-date installments need no event.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RecordEventRequest.class),
            examples = @ExampleObject(name = "acceptance", value = ApiDocs.EVENT)))
    @APIResponse(responseCode = "201", description = "Recorded; the installment is payable",
            content = @Content(schema = @Schema(implementation = EventResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed request")
    @APIResponse(responseCode = "404", description = "No such installment")
    @APIResponse(responseCode = "409", description = "The trigger was already recorded")
    @APIResponse(responseCode = "422", description = "A rule refuses the event (future date, wrong trigger, "
            + "fixed-date installment...)")
    public Response recordEvent(@PathParam("id") long id, @Valid @NotNull RecordEventRequest request,
            @Context UriInfo uri) {
        EventService.Recorded recorded = events.record(id, Requests.event(request));
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/installments/" + id + "/events"))
                .entity(responses.event(recorded.event(), recorded.installment())).build();
    }

    @GET
    @Path("/{id}/events")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listInstallmentEvents", summary = "The milestone event of an installment",
            description = "Empty until the trigger happened")
    @APIResponse(responseCode = "200", description = "Zero or one event",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EventResponse.class,
                    maxItems = 1)))
    @APIResponse(responseCode = "404", description = "No such installment")
    public List<EventResponse> events(@PathParam("id") long id) {
        Installment installment = plans.installment(id);
        return QuarkusTransaction.joiningExisting().call(() -> events.ofInstallment(id)
                .map(e -> List.of(responses.event(e, installment))).orElse(List.of()));
    }

    @POST
    @Path("/{id}/payments")
    @RolesAllowed(Roles.FINANCE)
    @Operation(operationId = "recordPayment", summary = "Record a payment exactly once",
            description = "Partial payments are allowed, never more than what is outstanding. The same "
                    + "Idempotency-Key never records twice, even under concurrent retries: a retry gets the "
                    + "payment recorded first (header Idempotent-Replayed: true); a different request with a used "
                    + "key is refused.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PaymentRequest.class),
            examples = @ExampleObject(name = "payment", value = ApiDocs.PAYMENT)))
    @APIResponse(responseCode = "201", description = "Recorded, or replayed for a retry with the same key",
            headers = @Header(name = REPLAYED, description = "true when an earlier identical request recorded it",
                    schema = @Schema(type = SchemaType.BOOLEAN)),
            content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed request or missing Idempotency-Key")
    @APIResponse(responseCode = "404", description = "No such installment")
    @APIResponse(responseCode = "422", description = "Not payable, above the outstanding amount, future date, "
            + "or a key reused for a different payment")
    public Response pay(@PathParam("id") long id,
            @Parameter(description = "A unique key per payment (e.g. a UUID), reused only to retry it", required = true,
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 128,
                            pattern = "^[\\x21-\\x7E]+$"))
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull PaymentRequest request, @Context UriInfo uri) {
        PaymentService.Recorded recorded = payments.pay(id, idempotencyKey, Requests.payment(request));
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/payments/" + recorded.payment().id()))
                .header(REPLAYED, Boolean.toString(recorded.replayed()))
                .entity(responses.payment(recorded.payment())).build();
    }

    @GET
    @Path("/{id}/payments")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listInstallmentPayments", summary = "Payments of an installment",
            description = "Reversed ones included, oldest first")
    @APIResponse(responseCode = "200", description = "The payments",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PaymentResponse.class,
                    maxItems = Limits.MAX_PAYMENTS)))
    @APIResponse(responseCode = "404", description = "No such installment")
    public List<PaymentResponse> payments(@PathParam("id") long id) {
        return payments.ofInstallment(id).stream().map(responses::payment).toList();
    }
}
