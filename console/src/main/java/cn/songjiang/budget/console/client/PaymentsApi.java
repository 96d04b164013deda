package cn.songjiang.budget.console.client;

import cn.songjiang.budget.console.client.PaymentsViews.DuePage;
import cn.songjiang.budget.console.client.PaymentsViews.Execution;
import cn.songjiang.budget.console.client.PaymentsViews.Forecast;
import cn.songjiang.budget.console.client.PaymentsViews.Payment;
import cn.songjiang.budget.console.client.PaymentsViews.InstallmentPage;
import cn.songjiang.budget.console.client.PaymentsViews.PlanPage;
import cn.songjiang.budget.console.client.PaymentsViews.RecordEvent;
import cn.songjiang.budget.console.client.PaymentsViews.RecordPayment;
import cn.songjiang.budget.console.client.PaymentsViews.Reversal;
import cn.songjiang.budget.support.client.ProviderErrors;
import cn.songjiang.budget.support.client.ProviderJsonResolver;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of payments-service's API the console calls; used only through {@link PaymentsClient}. */
@RegisterRestClient(configKey = "payments")
@RegisterProvider(ProviderErrors.class)
@RegisterProvider(ProviderJsonResolver.class)
@RegisterClientHeaders(AccessTokenHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface PaymentsApi {

    @GET
    @Path("/dashboards/execution")
    Execution execution(@QueryParam("fiscalYear") int fiscalYear);

    @GET
    @Path("/cash-forecast")
    Forecast forecast(@QueryParam("fiscalYear") Integer fiscalYear, @QueryParam("months") Integer months);

    @GET
    @Path("/due-payments")
    DuePage due(@QueryParam("dueWithinDays") Integer dueWithinDays, @QueryParam("overdue") Boolean overdue,
            @QueryParam("fiscalClose") Boolean fiscalClose, @QueryParam("supplierSize") List<String> supplierSize,
            @QueryParam("projectId") Long projectId, @QueryParam("contractId") Long contractId,
            @QueryParam("sort") String sort, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /**
     * The same list as an Excel file. One method per file type: the client sends a method's {@code @Produces} as
     * {@code Accept}, so an Accept header parameter beside two produced types asked for Excel every time.
     */
    @GET
    @Path("/due-payments")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    Response dueExcel(@QueryParam("dueWithinDays") Integer dueWithinDays, @QueryParam("overdue") Boolean overdue,
            @QueryParam("fiscalClose") Boolean fiscalClose, @QueryParam("supplierSize") List<String> supplierSize,
            @QueryParam("projectId") Long projectId, @QueryParam("contractId") Long contractId,
            @QueryParam("sort") String sort);

    /** The same list as CSV. */
    @GET
    @Path("/due-payments")
    @Produces("text/csv")
    Response dueCsv(@QueryParam("dueWithinDays") Integer dueWithinDays, @QueryParam("overdue") Boolean overdue,
            @QueryParam("fiscalClose") Boolean fiscalClose, @QueryParam("supplierSize") List<String> supplierSize,
            @QueryParam("projectId") Long projectId, @QueryParam("contractId") Long contractId,
            @QueryParam("sort") String sort);

    @GET
    @Path("/payment-plans")
    PlanPage plans(@QueryParam("projectId") long projectId, @QueryParam("size") int size);

    @GET
    @Path("/installments")
    InstallmentPage installments(@QueryParam("projectId") long projectId, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/installments/{id}/events")
    Response recordEvent(@PathParam("id") long installmentId, RecordEvent event);

    @GET
    @Path("/installments/{id}")
    PaymentsViews.Installment installment(@PathParam("id") long installmentId);

    @GET
    @Path("/installments/{id}/payments")
    List<Payment> payments(@PathParam("id") long installmentId);

    @POST
    @Path("/installments/{id}/payments")
    Response recordPayment(@PathParam("id") long installmentId, @HeaderParam("Idempotency-Key") String key,
            RecordPayment payment);

    @POST
    @Path("/payments/{id}/reversal")
    Response reverse(@PathParam("id") long paymentId, Reversal reversal);
}
