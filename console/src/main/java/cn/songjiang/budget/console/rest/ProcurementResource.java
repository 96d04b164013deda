package cn.songjiang.budget.console.rest;

import cn.songjiang.budget.console.client.ProcurementViews.Contract;
import cn.songjiang.budget.console.client.ProcurementViews.Plan;
import cn.songjiang.budget.console.client.ProcurementViews.Supplier;
import cn.songjiang.budget.console.security.ConsoleUser;
import cn.songjiang.budget.console.service.ProcurementService;
import cn.songjiang.budget.console.service.ProcurementService.BudgetView;
import cn.songjiang.budget.console.service.Section;
import cn.songjiang.budget.console.service.WriteOutcome;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
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
import java.net.URI;
import java.util.List;

/** 采购: budget split, plans (with their status transitions for procurement officers), suppliers, contracts. */
@Path("/procurement")
@Produces(MediaType.TEXT_HTML)
public class ProcurementResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance procurement(Section<BudgetView> budget, Section<List<Plan>> plans,
                Section<List<Supplier>> suppliers, Section<List<Contract>> contracts, boolean canWrite,
                WriteOutcome outcome, String done);
    }

    /** The statuses a plan may move to next ({@code plan.nextStatuses} in templates). */
    @TemplateExtension
    static List<String> nextStatuses(Plan plan) {
        return ProcurementService.nextStatuses(plan.status());
    }

    private final ProcurementService service;
    private final ConsoleUser user;
    private final PageContext page;

    ProcurementResource(ProcurementService service, ConsoleUser user, PageContext page) {
        this.service = service;
        this.user = user;
        this.page = page;
    }

    @GET
    public TemplateInstance procurement(@QueryParam("done") String done) {
        return draw(WriteOutcome.none(), done);
    }

    @POST
    @Path("/plans/{id}/status")
    public Response changeStatus(@PathParam("id") long planId, @FormParam("version") long version,
            @FormParam("status") String status, @FormParam("reason") String reason) {
        WriteOutcome outcome = service.changeStatus(planId, version, status, reason);
        if (outcome.ok()) {
            return Response.seeOther(URI.create("/procurement?done=status")).build();
        }
        return Response.status(outcome.problem().status()).entity(draw(outcome, null)).build();
    }

    private TemplateInstance draw(WriteOutcome outcome, String done) {
        return page.localized(Templates.procurement(service.budget(), service.plans(), service.suppliers(),
                service.contracts(), user.isProcurement(), outcome, done));
    }
}
