package cn.songjiang.budget.console.client;

import cn.songjiang.budget.console.client.ProjectsViews.DocumentPage;
import cn.songjiang.budget.console.client.ProjectsViews.FindingPage;
import cn.songjiang.budget.console.client.ProjectsViews.NewObservation;
import cn.songjiang.budget.console.client.ProjectsViews.Project;
import cn.songjiang.budget.console.client.ProjectsViews.ProjectPage;
import cn.songjiang.budget.console.client.ProjectsViews.Resolution;
import cn.songjiang.budget.console.client.ProjectsViews.TargetTree;
import cn.songjiang.budget.support.client.ProviderErrors;
import cn.songjiang.budget.support.client.ProviderJsonResolver;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** The part of projects-service's API the console calls; used only through {@link ProjectsClient}. */
@RegisterRestClient(configKey = "projects")
@RegisterProvider(ProviderErrors.class)
@RegisterProvider(ProviderJsonResolver.class)
@RegisterClientHeaders(AccessTokenHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ProjectsApi {

    @GET
    @Path("/projects")
    ProjectPage projects(@QueryParam("fiscalYear") int fiscalYear, @QueryParam("departmentCode") String departmentCode,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/projects/{id}")
    Project project(@PathParam("id") long id);

    @GET
    @Path("/projects/{id}/targets")
    TargetTree targets(@PathParam("id") long id);

    @POST
    @Path("/projects/{projectId}/targets/{targetId}/observations")
    Response observe(@PathParam("projectId") long projectId, @PathParam("targetId") long targetId,
            NewObservation observation);

    @GET
    @Path("/budget-documents")
    DocumentPage documents(@QueryParam("size") int size);

    @GET
    @Path("/budget-documents/{id}/findings")
    FindingPage findings(@PathParam("id") long documentId, @QueryParam("size") int size);

    @POST
    @Path("/budget-documents/{documentId}/findings/{findingId}/resolution")
    Response resolve(@PathParam("documentId") long documentId, @PathParam("findingId") long findingId,
            Resolution resolution);

    @POST
    @Path("/budget-documents")
    @Consumes("text/markdown; charset=utf-8")
    Response importDocument(String markdown);
}
