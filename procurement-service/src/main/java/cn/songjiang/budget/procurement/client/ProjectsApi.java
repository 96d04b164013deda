package cn.songjiang.budget.procurement.client;

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

/** The two reads of projects-service this service needs; only {@link ProjectsClient} uses it. */
@RegisterRestClient(configKey = "projects")
@RegisterClientHeaders(ForwardedHeaders.class)
@RegisterProvider(ProviderErrors.class)
@RegisterProvider(ProviderJsonResolver.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface ProjectsApi {

    @GET
    @Path("/projects/{id}")
    Project project(@PathParam("id") long id);

    @GET
    @Path("/departments/{code}/budgets/{year}")
    DepartmentBudget departmentBudget(@PathParam("code") String departmentCode, @PathParam("year") int fiscalYear);
}
