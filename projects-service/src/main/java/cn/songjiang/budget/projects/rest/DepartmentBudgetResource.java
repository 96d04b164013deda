package cn.songjiang.budget.projects.rest;

import static cn.songjiang.budget.projects.rest.Examples.JSON;
import static cn.songjiang.budget.projects.rest.Examples.PROBLEM_JSON;

import cn.songjiang.budget.projects.rest.dto.DepartmentBudgetResponse;
import cn.songjiang.budget.projects.service.DepartmentBudgetService;
import cn.songjiang.budget.support.problem.Problem;
import cn.songjiang.budget.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A department's budget for a year, as its imported document declares it. */
@Path("/api/v1/departments/{code}/budgets/{year}")
@Produces(JSON)
@Tag(name = "Department budgets", description = "The department budget: tables, declared procurement and 绩效 figures")
public class DepartmentBudgetResource {

    private final DepartmentBudgetService budgets;

    public DepartmentBudgetResource(DepartmentBudgetService budgets) {
        this.budgets = budgets;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getDepartmentBudget", summary = "Read a department's budget for a year",
            description = "All tables as printed (元, two decimals): revenue by source, expenditure by 功能分类 with "
                    + "基本 / 项目支出, 基本支出 by 经济分类, 三公经费, the year-on-year change, 机关运行经费, the declared "
                    + "procurement budget and 绩效目标 summary, and the projects' sums as stated and after corrections.")
    @APIResponse(responseCode = "200", description = "The budget", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = DepartmentBudgetResponse.class),
            examples = @ExampleObject(name = "SJZWFW 2026", value = Examples.DEPARTMENT_BUDGET)))
    @APIResponse(responseCode = "404", description = "No budget of that department and year was imported",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_404_BUDGET)))
    public DepartmentBudgetResponse get(
            @Parameter(description = "department code", examples = {
                @ExampleObject(name = "SJZWFW 2026", value = "SJZWFW"), @ExampleObject(name = "unknown", value = "SJZWFW")})
            @PathParam("code") String code,
            @Parameter(description = "fiscal year", examples = {
                @ExampleObject(name = "SJZWFW 2026", value = "2026"), @ExampleObject(name = "unknown", value = "2030")})
            @PathParam("year") int year) {
        return DepartmentBudgetResponse.from(budgets.get(code, year));
    }
}
