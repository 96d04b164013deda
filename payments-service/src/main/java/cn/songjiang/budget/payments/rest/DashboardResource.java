package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.payments.rest.dto.ExecutionResponse;
import cn.songjiang.budget.payments.service.ExecutionService;
import cn.songjiang.budget.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The execution dashboard (双监控). */
@Path("/api/v1/dashboards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forecast and execution")
public class DashboardResource {

    private final ExecutionService service;

    public DashboardResource(ExecutionService service) {
        this.service = service;
    }

    @GET
    @Path("/execution")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getExecutionDashboard", summary = "Budget execution beside target completion",
            description = "Per project and in total: budget, contracted, scheduled, paid, execution rate (paid ÷ "
                    + "budget) and the target completion read from projects-service; projects whose execution "
                    + "lags or leads their targets by more than the tolerance are flagged.")
    @APIResponse(responseCode = "200", description = "The dashboard",
            content = @Content(schema = @Schema(implementation = ExecutionResponse.class)))
    @APIResponse(responseCode = "400", description = "fiscalYear missing or malformed")
    @APIResponse(responseCode = "503", description = "projects-service is down")
    public ExecutionResponse execution(
            @Parameter(description = "Fiscal year", required = true, example = "2026") @QueryParam("fiscalYear")
            @NotNull @Min(2000) @Max(2100) Integer fiscalYear) {
        return response(service.dashboard(fiscalYear));
    }

    private static ExecutionResponse response(ExecutionService.Execution execution) {
        ExecutionService.Total total = execution.total();
        return new ExecutionResponse(execution.fiscalYear(), execution.departmentCode(), Money.CURRENCY,
                execution.tolerance(), execution.projects().stream().map(p -> new ExecutionResponse.ProjectExecution(
                        p.projectId(), p.code(), p.name(), p.budget(), p.contracted(), p.scheduled(), p.paid(),
                        p.executionRate(), p.targetCompletion(), p.deviation(),
                        ExecutionResponse.Flag.valueOf(p.flag().name()))).toList(),
                new ExecutionResponse.Total(total.budget(), total.contracted(), total.scheduled(), total.paid(),
                        total.executionRate(), total.targetCompletion(), total.lagging(), total.leading()));
    }
}
