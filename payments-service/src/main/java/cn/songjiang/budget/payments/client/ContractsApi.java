package cn.songjiang.budget.payments.client;

import cn.songjiang.budget.support.client.ForwardedHeaders;
import cn.songjiang.budget.support.client.ProviderErrors;
import cn.songjiang.budget.support.client.ProviderJsonResolver;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of procurement-service's API this service calls; used only through {@link ProcurementClient}. */
@RegisterRestClient(configKey = "procurement")
@RegisterClientHeaders(ForwardedHeaders.class)
@RegisterProvider(ProviderErrors.class)
@RegisterProvider(ProviderJsonResolver.class)
@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
interface ContractsApi {

    @GET
    @Path("/{id}")
    ContractView contract(@PathParam("id") long id);
}
