package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.payments.domain.Category;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.RuleNames;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.payments.domain.SupplierSize;
import cn.songjiang.budget.payments.repository.DuePaymentsQuery;
import cn.songjiang.budget.payments.repository.DuePaymentsRepository;
import cn.songjiang.budget.payments.rest.dto.DuePaymentRow;
import cn.songjiang.budget.payments.rest.dto.DueStatus;
import cn.songjiang.budget.payments.rest.dto.DuePaymentsResponse;
import cn.songjiang.budget.payments.rest.dto.DueSummaryResponse;
import cn.songjiang.budget.payments.rest.dto.SupplierRef;
import cn.songjiang.budget.payments.rest.dto.Totals;
import cn.songjiang.budget.payments.service.DueInstallment;
import cn.songjiang.budget.payments.service.DuePaymentsService;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.security.Roles;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.ETags;
import cn.songjiang.budget.support.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
    /** The documented bound of a file answer: about 500 bytes per row of the largest sheet. */
    static final int MAX_FILE_BYTES = 600_000_000;
    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON_TYPE,
            DuePaymentsExport.XLSX_TYPE, DuePaymentsExport.CSV_TYPE);

    private final DuePaymentsService service;
    private final CachedAnswers answers;
    private final Clock clock;

    public DuePaymentsResource(DuePaymentsService service, CachedAnswers answers, Clock clock) {
        this.service = service;
        this.answers = answers;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Produces({MediaType.APPLICATION_JSON, DuePaymentsExport.XLSX, DuePaymentsExport.CSV})
    @Operation(operationId = "listDuePayments", summary = "List due installments, or download them as Excel or CSV",
            description = "Payable installments with amount due, paid, outstanding, due date, statutory deadline, "
                    + "days overdue and interest; sorted and paginated, with totals over the whole filtered set.\n\n"
                    + "By content negotiation (`Accept`) the same list is a file: Excel (`" + DuePaymentsExport.XLSX
                    + "`) or CSV (`text/csv`, UTF-8 with a byte-order mark, RFC 4180). A file holds every "
                    + "installment of the filtered set in the requested sort order: `page` and `size` are checked "
                    + "but do not apply. Row 1 has the Chinese column headers, row 2 the JSON field of each column "
                    + "(`supplier.name`); then one row per installment and a totals row (合计 in the first column, "
                    + "the number of installments in the second, the sums under amountDue, amountPaid, outstanding "
                    + "and interest), equal to the JSON `totals`. In Excel amounts are numbers with two decimals "
                    + "(`#,##0.00`) and dates are dates; in CSV amounts are written like 1234.50 and dates like "
                    + "2026-11-10. At most " + DuePaymentsExport.MAX_ROWS + " rows (an Excel sheet's limit); a "
                    + "larger set is refused with 422. Without `Accept`, or with `*/*`, the answer is JSON; an "
                    + "`Accept` that names none of the three is refused with 406.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = ETags.IF_NONE_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = ETags.MAX_IF_NONE_MATCH))
    @APIResponse(responseCode = "200", description = "One page and the totals (JSON), or the whole filtered set "
            + "as a file",
            headers = {
                @Header(name = "Content-Disposition", description = "Only with a file: "
                    + "`attachment; filename=\"due-payments-<asOf>.xlsx\"` (or `.csv`), and the Chinese name "
                    + "应付款-<asOf>.xlsx as `filename*` (RFC 6266)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
                @Header(name = "ETag", description = "Only with JSON. " + ETags.CONTENT_ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, maxLength = ETags.MAX_IF_NONE_MATCH)),
                @Header(name = "Cache-Control", description = "Only with JSON: `" + ETags.REVALIDATE + "`",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40))},
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DuePaymentsResponse.class)),
                @Content(mediaType = DuePaymentsExport.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE_BYTES)),
                @Content(mediaType = DuePaymentsExport.CSV,
                        schema = @Schema(type = SchemaType.STRING, maxLength = MAX_FILE_BYTES))})
    @APIResponse(responseCode = "304", description = ETags.NOT_MODIFIED_DESCRIPTION + " (JSON only)",
            headers = @Header(name = "ETag", description = ETags.CONTENT_ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, maxLength = ETags.MAX_IF_NONE_MATCH)))
    @APIResponse(responseCode = "400", description = "Malformed filter, sort or paging")
    @APIResponse(responseCode = "406", description = "The Accept header names no type this list is available in")
    @APIResponse(responseCode = "422", description = "A file was asked for a set of more than "
            + DuePaymentsExport.MAX_ROWS + " installments; narrow the filters")
    public Response list(@Valid @BeanParam Filters filters,
            @Parameter(description = "dueDate, amount or outstanding; prefix - for descending",
                    schema = @Schema(enumeration = {"dueDate", "-dueDate", "amount", "-amount", "outstanding",
                        "-outstanding"}))
            @QueryParam("sort") String sort,
            @Parameter(description = "Zero-based page (JSON only)") @QueryParam("page") @Min(0)
            @Max(PageRequest.MAX_PAGE) Integer page,
            @Parameter(description = "Page size, default 50 (JSON only)") @QueryParam("size") @Min(1)
            @Max(PageRequest.MAX_SIZE) Integer size,
            @Context HttpHeaders headers, @Context Request request) {
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
        DuePaymentsQuery query = query(filters);
        MediaType format = negotiated(headers);
        if (format == MediaType.APPLICATION_JSON_TYPE) {
            return answers.answer(request, headers, "listDuePayments", List.of(query, by, descending, pageRequest),
                    () -> page(service.list(query, by, descending, pageRequest), pageRequest, query.asOf()));
        }
        if (service.count(query) > DuePaymentsExport.MAX_ROWS) {
            throw ApiProblem.businessRule(RuleNames.TOO_MANY_ROWS, "more than " + DuePaymentsExport.MAX_ROWS
                    + " installments match, more than one sheet holds; narrow the filters");
        }
        DuePaymentsExport.RowSource rows = sink -> service.forEach(query, by, descending,
                due -> sink.accept(row(due)));
        boolean excel = format == DuePaymentsExport.XLSX_TYPE;
        return Response.ok(excel ? DuePaymentsExport.xlsx(rows) : DuePaymentsExport.csv(rows), format)
                .header("Content-Disposition",
                        DuePaymentsExport.contentDisposition(query.asOf(), excel ? "xlsx" : "csv"))
                .build();
    }

    /** The first of JSON, Excel and CSV that the most preferred acceptable type allows; JSON when any is. */
    private static MediaType negotiated(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (MediaType offered : OFFERED) {
                if (accepted.isCompatible(offered)) {
                    return offered;
                }
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    @GET
    @Path("/summary")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "summarizeDuePayments", summary = "Due installments grouped",
            description = "Totals by week (ISO, keyed by its Monday), month, project or supplier size, over the "
                    + "same filters as the list")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = ETags.IF_NONE_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = ETags.MAX_IF_NONE_MATCH))
    @APIResponse(responseCode = "200", description = "The groups and their total",
            headers = {
                @Header(name = "ETag", description = ETags.CONTENT_ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, maxLength = ETags.MAX_IF_NONE_MATCH)),
                @Header(name = "Cache-Control", description = "`" + ETags.REVALIDATE + "`",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40))},
            content = @Content(schema = @Schema(implementation = DueSummaryResponse.class)))
    @APIResponse(responseCode = "304", description = ETags.NOT_MODIFIED_DESCRIPTION,
            headers = @Header(name = "ETag", description = ETags.CONTENT_ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, maxLength = ETags.MAX_IF_NONE_MATCH)))
    @APIResponse(responseCode = "400", description = "Malformed filter or grouping")
    public Response summary(@Valid @BeanParam Filters filters,
            @Parameter(description = "WEEK, MONTH, PROJECT or SUPPLIER_SIZE (default MONTH)",
                    schema = @Schema(implementation = DuePaymentsQuery.GroupBy.class))
            @QueryParam("groupBy") String groupBy, @Context HttpHeaders headers,
            @Context Request request) {
        DuePaymentsQuery.GroupBy by = QueryParams.oneOf("groupBy", groupBy, DuePaymentsQuery.GroupBy.class);
        DuePaymentsQuery.GroupBy grouping = by == null ? DuePaymentsQuery.GroupBy.MONTH : by;
        DuePaymentsQuery query = query(filters);
        return answers.answer(request, headers, "summarizeDuePayments", List.of(query, grouping), () -> {
            DuePaymentsService.DueSummary summary = service.summary(query, grouping);
            return new DueSummaryResponse(grouping.name(), query.asOf(), summary.groups().stream()
                    .map(g -> new DueSummaryResponse.Group(g.key(), g.label(), totals(g.totals()))).toList(),
                    totals(summary.total()));
        });
    }

    private static DuePaymentsResponse page(DuePaymentsService.DuePage page, PageRequest request, LocalDate asOf) {
        long total = page.totals().count();
        int totalPages = (int) ((total + request.size() - 1) / request.size());
        return new DuePaymentsResponse(page.items().stream().map(DuePaymentsResource::row).toList(), request.page(),
                request.size(), total, totalPages, asOf, totals(page.totals()));
    }

    private static DuePaymentRow row(DueInstallment due) {
        return new DuePaymentRow(due.installmentId(), due.planId(), due.sequence(),
                new DuePaymentRow.ProjectRef(due.projectId(), due.projectCode(), due.projectName(), due.fiscalYear()),
                due.contractId(),
                due.supplierId() == null && due.supplierName() == null ? null
                        : new SupplierRef(due.supplierId(), due.supplierName(), null, due.supplierSize()),
                due.category(), due.trigger(), due.fiscalClose(), due.status(), due.amountDue(), due.amountPaid(),
                due.outstanding(), Money.CURRENCY, due.dueDate(), due.statutoryDeadline(), due.daysOverdue(),
                due.interest());
    }

    private static Totals totals(DuePaymentsRepository.Totals totals) {
        return new Totals(totals.count(), totals.amountDue(), totals.amountPaid(), totals.outstanding(),
                totals.interest(), Money.CURRENCY);
    }

    private DuePaymentsQuery query(Filters f) {
        LocalDate asOf = QueryParams.date("asOf", f.asOf);
        if (asOf == null) {
            asOf = LocalDate.now(clock);
        }
        LocalDate dueBefore = QueryParams.date("dueBefore", f.dueBefore);
        if (f.dueWithinDays != null) {
            LocalDate within = asOf.plusDays(f.dueWithinDays);
            dueBefore = dueBefore == null || within.isBefore(dueBefore) ? within : dueBefore;
        }
        Set<InstallmentStatus> statuses = QueryParams.manyOf("status", f.status, DueStatus.class).stream()
                .map(s -> InstallmentStatus.valueOf(s.name())).collect(Collectors.toSet());
        if (statuses.isEmpty()) {
            statuses = DuePaymentsQuery.OPEN;
        }
        return new DuePaymentsQuery(asOf, QueryParams.date("dueAfter", f.dueAfter), dueBefore,
                Boolean.TRUE.equals(QueryParams.bool("overdue", f.overdue)), f.projectId, f.contractId, f.supplierId,
                QueryParams.manyOf("supplierSize", f.supplierSize, SupplierSize.class),
                QueryParams.oneOf("category", f.category, Category.class), QueryParams.bool("fiscalClose", f.fiscalClose), statuses,
                f.fiscalYear);
    }
}
