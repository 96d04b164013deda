package cn.songjiang.budget.console.rest;

import cn.songjiang.budget.console.client.PaymentsViews.Plan;
import cn.songjiang.budget.console.client.ProjectsViews.Project;
import cn.songjiang.budget.console.client.ProjectsViews.TargetTree;
import cn.songjiang.budget.console.security.ConsoleUser;
import cn.songjiang.budget.console.service.ProjectsService;
import cn.songjiang.budget.console.service.ProjectsService.ProjectList;
import cn.songjiang.budget.console.service.Section;
import cn.songjiang.budget.console.service.WriteOutcome;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** 项目: the 43 projects; a project's terms, targets and payment plans; recording milestones and observations. */
@Path("/projects")
@Produces(MediaType.TEXT_HTML)
public class ProjectsResource {

    static final List<String> TRIGGERS = List.of("CONTRACT_SIGNED", "SERVICE_ELAPSED", "INITIAL_ACCEPTANCE",
            "STAGE_ACCEPTANCE", "SUBSTANTIAL_COMPLETION", "FIXED_DATE", "FINAL_ACCEPTANCE", "DELIVERABLE_ACCEPTED",
            "PERIOD_ENDED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Section<ProjectList> projects);

        static native TemplateInstance project(long projectId, Section<Project> project, Section<TargetTree> targets,
                Section<List<Plan>> plans, List<String> triggers, boolean canRecord, WriteOutcome outcome,
                Long failedInstallment, Long failedTarget, String done);
    }

    private final ProjectsService service;
    private final ConsoleUser user;
    private final PageContext page;

    ProjectsResource(ProjectsService service, ConsoleUser user, PageContext page) {
        this.service = service;
        this.user = user;
        this.page = page;
    }

    @GET
    public TemplateInstance list() {
        return page.localized(Templates.list(service.list()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance project(@PathParam("id") long id, @QueryParam("done") String done) {
        return draw(id, WriteOutcome.none(), null, null, done);
    }

    @POST
    @Path("/{id}/installments/{installmentId}/milestone")
    public Response recordMilestone(@PathParam("id") long id, @PathParam("installmentId") long installmentId,
            @FormParam("trigger") String trigger, @FormParam("date") String date,
            @FormParam("evidenceRef") String evidenceRef, @FormParam("note") String note) {
        FormValues values = new FormValues();
        LocalDate parsed = values.date("date", date);
        WriteOutcome outcome = values.valid()
                ? service.recordMilestone(installmentId, trigger, parsed, evidenceRef, note)
                : values.refused();
        if (outcome.ok()) {
            return Response.seeOther(URI.create("/projects/" + id + "?done=milestone#installment-" + installmentId))
                    .build();
        }
        return Response.status(outcome.problem().status()).entity(draw(id, outcome, installmentId, null, null)).build();
    }

    @POST
    @Path("/{id}/targets/{targetId}/observations")
    public Response observe(@PathParam("id") long id, @PathParam("targetId") long targetId,
            @FormParam("value") String value, @FormParam("observedOn") String observedOn,
            @FormParam("note") String note) {
        FormValues values = new FormValues();
        BigDecimal parsedValue = values.amount("value", value, false);
        LocalDate parsedDate = values.date("observedOn", observedOn);
        WriteOutcome outcome = values.valid()
                ? service.observe(id, targetId, parsedValue, parsedDate, note)
                : values.refused();
        if (outcome.ok()) {
            return Response.seeOther(URI.create("/projects/" + id + "?done=observation")).build();
        }
        return Response.status(outcome.problem().status()).entity(draw(id, outcome, null, targetId, null)).build();
    }

    private TemplateInstance draw(long id, WriteOutcome outcome, Long failedInstallment, Long failedTarget,
            String done) {
        return page.localized(Templates.project(id, service.project(id), service.targets(id), service.plans(id),
                TRIGGERS, user.isPm(), outcome, failedInstallment, failedTarget, done));
    }
}
