package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.payments.rest.dto.PaymentResponse;
import cn.songjiang.budget.payments.rest.dto.ReversalRequest;
import cn.songjiang.budget.payments.service.PaymentService;
import cn.songjiang.budget.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recorded payments and their reversal. */
@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Payments are reversed with a reason, never deleted")
public class PaymentResource {

    private final PaymentService payments;
    private final Responses responses;

    public PaymentResource(PaymentService payments, Responses responses) {
        this.payments = payments;
        this.responses = responses;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getPayment", summary = "Read a payment")
    @APIResponse(responseCode = "200", description = "The payment",
            content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such payment")
    public PaymentResponse get(@PathParam("id") long id) {
        return responses.payment(payments.get(id));
    }

    @POST
    @Path("/{id}/reversal")
    @RolesAllowed(Roles.FINANCE)
    @Operation(operationId = "reversePayment", summary = "Reverse a payment",
            description = "The payment stays on record, marked reversed with the reason; its amount is outstanding "
                    + "again and late-payment interest is recounted.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReversalRequest.class),
            examples = @ExampleObject(name = "reversal", value = ApiDocs.REVERSAL)))
    @APIResponse(responseCode = "200", description = "Reversed",
            content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No such payment")
    @APIResponse(responseCode = "409", description = "Already reversed")
    public PaymentResponse reverse(@PathParam("id") long id, @Valid @NotNull ReversalRequest request) {
        return responses.payment(payments.reverse(id, request.reason()));
    }
}
