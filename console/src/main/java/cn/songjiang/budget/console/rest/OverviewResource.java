package cn.songjiang.budget.console.rest;

import cn.songjiang.budget.console.service.OverviewService;
import cn.songjiang.budget.console.service.OverviewService.ChartLabels;
import cn.songjiang.budget.console.service.OverviewService.Overview;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** 总览: every role's first page. */
@Path("/overview")
@Produces(MediaType.TEXT_HTML)
public class OverviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Overview overview);
    }

    private final OverviewService overviews;
    private final PageContext page;

    OverviewResource(OverviewService overviews, PageContext page) {
        this.overviews = overviews;
        this.page = page;
    }

    @GET
    public TemplateInstance overview() {
        Messages msg = page.messages();
        return page.localized(Templates.overview(overviews.load(new ChartLabels(msg.execution_rate(),
                msg.target_completion(), msg.col_due(), msg.col_expected(), msg.category_goods(), msg.category_works(),
                msg.category_services(), msg.procurement_budget()))));
    }
}
