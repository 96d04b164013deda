package cn.songjiang.budget.payments.client;

import cn.songjiang.budget.support.client.ForwardedHeaders;
import cn.songjiang.budget.support.client.ProviderErrors;
import cn.songjiang.budget.support.client.ProviderJsonResolver;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of projects-service's API this service calls; used only through {@link ProjectsClient}. */
@RegisterRestClient(configKey = "projects")
@RegisterClientHeaders(ForwardedHeaders.class)
@RegisterProvider(ProviderErrors.class)
@RegisterProvider(ProviderJsonResolver.class)
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
interface ProjectsApi {

    @GET
    @Path("/{id}")
    ProjectView project(@PathParam("id") long id);

    @GET
    ProjectPageView projects(@QueryParam("fiscalYear") int fiscalYear,
            @QueryParam("departmentCode") String departmentCode, @QueryParam("page") int page,
            @QueryParam("size") int size);
}
