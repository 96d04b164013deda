package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.payments.domain.Category;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.SupplierSize;
import cn.songjiang.budget.payments.repository.DuePaymentsQuery;
import cn.songjiang.budget.payments.rest.dto.DueStatus;
import cn.songjiang.budget.payments.rest.dto.DuePaymentsResponse;
import cn.songjiang.budget.payments.rest.dto.DueSummaryResponse;
import cn.songjiang.budget.payments.service.DuePaymentsService;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.security.Roles;
import cn.songjiang.budget.support.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What finance must pay: payable installments with deadlines, days overdue and interest. */
@Path("/api/v1/due-payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Due payments", description = "Due and overdue installments for finance")
public class DuePaymentsResource {

    /** The filters shared by the list and the summary. */
    public static class Filters {
        @Parameter(description = "Day to count overdue days and interest to; default today",
                schema = @Schema(type = SchemaType.STRING, format = "date"))
        @QueryParam("asOf")
        String asOf;

        @Parameter(description = "Due on or after this date",
                schema = @Schema(type = SchemaType.STRING, format = "date"))
        @QueryParam("dueAfter")
        String dueAfter;

        @Parameter(description = "Due on or before this date",
                schema = @Schema(type = SchemaType.STRING, format = "date"))
        @QueryParam("dueBefore")
        String dueBefore;

        @Parameter(description = "Due within this many days of asOf (overdue included); sets dueBefore")
        @QueryParam("dueWithinDays")
        @Min(0)
        @Max(MAX_WITHIN_DAYS)
        Integer dueWithinDays;

        @Parameter(description = "Only installments past their due date",
                schema = @Schema(type = SchemaType.BOOLEAN))
        @QueryParam("overdue")
        String overdue;

        @QueryParam("projectId")
        Long projectId;

        @QueryParam("contractId")
        Long contractId;

        @QueryParam("supplierId")
        Long supplierId;

        @Parameter(description = "Supplier size at signing; repeat or comma-separate",
                schema = @Schema(type = SchemaType.ARRAY, implementation = SupplierSize.class, maxItems = 4))
        @QueryParam("supplierSize")
        List<String> supplierSize;

        @Parameter(schema = @Schema(implementation = Category.class))
        @QueryParam("category")
        String category;

        @Parameter(description = "Only (true) or no (false) fiscal-close installments (11月上旬, 财政关账前)",
                schema = @Schema(type = SchemaType.BOOLEAN))
        @QueryParam("fiscalClose")
        String fiscalClose;

        @Parameter(description = "DUE, PARTIALLY_PAID (default: both) and/or PAID; repeat or comma-separate",
                schema = @Schema(type = SchemaType.ARRAY, implementation = DueStatus.class, maxItems = 3))
        @QueryParam("status")
        List<String> status;

        @QueryParam("fiscalYear")
        Integer fiscalYear;
    }

    static final int MAX_WITHIN_DAYS = 3660;

    private final DuePaymentsService service;
    private final Clock clock;

    public DuePaymentsResource(DuePaymentsService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listDuePayments", summary = "List due installments",
            description = "Payable installments with amount due, paid, outstanding, due date, statutory deadline, "
                    + "days overdue and interest; sorted and paginated, with totals over the whole filtered set.")
    @APIResponse(responseCode = "200", description = "One page and the totals",
            content = @Content(schema = @Schema(implementation = DuePaymentsResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed filter, sort or paging")
    public DuePaymentsResponse list(@Valid @BeanParam Filters filters,
            @Parameter(description = "dueDate, amount or outstanding; prefix - for descending",
                    schema = @Schema(enumeration = {"dueDate", "-dueDate", "amount", "-amount", "outstanding",
                        "-outstanding"}))
            @QueryParam("sort") String sort,
            @Parameter(description = "Zero-based page") @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE)
            Integer page,
            @Parameter(description = "Page size, default 50") @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE)
            Integer size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        String order = sort == null || sort.isBlank() ? "dueDate" : sort;
        boolean descending = order.startsWith("-");
        DuePaymentsQuery.Sort by = switch (descending ? order.substring(1) : order) {
            case "dueDate" -> DuePaymentsQuery.Sort.DUE_DATE;
            case "amount" -> DuePaymentsQuery.Sort.AMOUNT;
            case "outstanding" -> DuePaymentsQuery.Sort.OUTSTANDING;
            default -> throw ApiProblem.badRequest("sort",
                    "must be dueDate, amount or outstanding, with - in front for descending");
        };
        return service.list(query(filters), by, descending, pageRequest);
    }

    @GET
    @Path("/summary")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "summarizeDuePayments", summary = "Due installments grouped",
            description = "Totals by week (ISO, keyed by its Monday), month, project or supplier size, over the "
                    + "same filters as the list")
    @APIResponse(responseCode = "200", description = "The groups and their total",
            content = @Content(schema = @Schema(implementation = DueSummaryResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed filter or grouping")
    public DueSummaryResponse summary(@Valid @BeanParam Filters filters,
            @Parameter(description = "WEEK, MONTH, PROJECT or SUPPLIER_SIZE (default MONTH)",
                    schema = @Schema(implementation = DuePaymentsQuery.GroupBy.class))
            @QueryParam("groupBy") String groupBy) {
        DuePaymentsQuery.GroupBy by = Params.one("groupBy", groupBy, DuePaymentsQuery.GroupBy.class);
        return service.summary(query(filters), by == null ? DuePaymentsQuery.GroupBy.MONTH : by);
    }

    private DuePaymentsQuery query(Filters f) {
        LocalDate asOf = Params.date("asOf", f.asOf);
        if (asOf == null) {
            asOf = LocalDate.now(clock);
        }
        LocalDate dueBefore = Params.date("dueBefore", f.dueBefore);
        if (f.dueWithinDays != null) {
            LocalDate within = asOf.plusDays(f.dueWithinDays);
            dueBefore = dueBefore == null || within.isBefore(dueBefore) ? within : dueBefore;
        }
        Set<InstallmentStatus> statuses = Params.many("status", f.status, DueStatus.class).stream()
                .map(s -> InstallmentStatus.valueOf(s.name())).collect(Collectors.toSet());
        if (statuses.isEmpty()) {
            statuses = DuePaymentsQuery.OPEN;
        }
        return new DuePaymentsQuery(asOf, Params.date("dueAfter", f.dueAfter), dueBefore,
                Boolean.TRUE.equals(Params.bool("overdue", f.overdue)), f.projectId, f.contractId, f.supplierId,
                Params.many("supplierSize", f.supplierSize, SupplierSize.class),
                Params.one("category", f.category, Category.class), Params.bool("fiscalClose", f.fiscalClose), statuses,
                f.fiscalYear);
    }
}
