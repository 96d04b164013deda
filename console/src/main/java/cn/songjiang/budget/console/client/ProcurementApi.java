package cn.songjiang.budget.console.client;

import cn.songjiang.budget.console.client.ProcurementViews.BudgetPage;
import cn.songjiang.budget.console.client.ProcurementViews.Compliance;
import cn.songjiang.budget.console.client.ProcurementViews.ContractPage;
import cn.songjiang.budget.console.client.ProcurementViews.AmendmentRequest;
import cn.songjiang.budget.console.client.ProcurementViews.ContractRequest;
import cn.songjiang.budget.console.client.ProcurementViews.PlanPage;
import cn.songjiang.budget.console.client.ProcurementViews.StatusChange;
import cn.songjiang.budget.console.client.ProcurementViews.SupplierPage;
import cn.songjiang.budget.console.client.ProcurementViews.SupplierRequest;
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
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of procurement-service's API the console calls; used only through {@link ProcurementClient}. */
@RegisterRestClient(configKey = "procurement")
@RegisterProvider(ProviderErrors.class)
@RegisterProvider(ProviderJsonResolver.class)
@RegisterClientHeaders(AccessTokenHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ProcurementApi {

    @GET
    @Path("/procurement-budgets")
    BudgetPage budgets(@QueryParam("fiscalYear") int fiscalYear, @QueryParam("department") String department);

    @GET
    @Path("/procurement-budgets/{id}/sme-compliance")
    Compliance compliance(@PathParam("id") long budgetId);

    @GET
    @Path("/procurement-plans")
    PlanPage plans(@QueryParam("size") int size);

    @POST
    @Path("/procurement-plans/{id}/status")
    Response changeStatus(@PathParam("id") long planId, @HeaderParam("If-Match") String ifMatch, StatusChange change);

    @GET
    @Path("/suppliers")
    SupplierPage suppliers(@QueryParam("size") int size);

    @GET
    @Path("/contracts")
    ContractPage contracts(@QueryParam("size") int size);

    @POST
    @Path("/suppliers")
    Response createSupplier(SupplierRequest supplier);

    @POST
    @Path("/contracts")
    Response createContract(ContractRequest contract);

    @POST
    @Path("/contracts/{id}/amendments")
    Response amend(@PathParam("id") long contractId, @HeaderParam("If-Match") String ifMatch,
            AmendmentRequest amendment);
}
