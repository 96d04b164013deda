package cn.songjiang.budget.procurement.client;

import cn.songjiang.budget.support.client.ForwardedHeaders;
import cn.songjiang.budget.support.client.ProviderJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

/** The two reads of projects-service this service needs; only {@link ProjectsClient} uses it. */
@RegisterRestClient(configKey = "projects")
@RegisterClientHeaders(ForwardedHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface ProjectsApi {

    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return ProviderJson.reader(defaultObjectMapper);
    }

    @GET
    @Path("/projects/{id}")
    Project project(@PathParam("id") long id);

    @GET
    @Path("/departments/{code}/budgets/{year}")
    DepartmentBudget departmentBudget(@PathParam("code") String departmentCode, @PathParam("year") int fiscalYear);

    /** 404 is an answer (the thing does not exist), any other 4xx a refusal, 5xx a failure. */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        if (status == 404) {
            return new ProjectsClient.NotFound();
        }
        if (status >= 400 && status < 500) {
            return new ProjectsClient.Refused(status);
        }
        return new ClientWebApplicationException("projects-service answered " + status, status);
    }
}
