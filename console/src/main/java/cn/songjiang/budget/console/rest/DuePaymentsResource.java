package cn.songjiang.budget.console.rest;

import cn.songjiang.budget.console.client.DueFilter;
import cn.songjiang.budget.console.client.PaymentsViews.DuePage;
import cn.songjiang.budget.console.client.PaymentsViews.Installment;
import cn.songjiang.budget.console.client.PaymentsViews.Payment;
import cn.songjiang.budget.console.security.ConsoleUser;
import cn.songjiang.budget.console.service.DuePaymentsService;
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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 应付款: the due list with the API's filters, recording and reversing payments, the Excel/CSV export. */
@Path("/due-payments")
@Produces(MediaType.TEXT_HTML)
public class DuePaymentsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> SORTS = List.of("dueDate", "-dueDate", "amount", "-amount", "outstanding", "-outstanding");
    static final List<String> SIZES = List.of("LARGE", "MEDIUM", "SMALL", "MICRO");

    /** The form of the filters as drawn again after a search. */
    public record Filters(DueFilter filter, String query) {

        public boolean size(String size) {
            return filter.supplierSizes() != null && filter.supplierSizes().contains(size);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Section<DuePage> due, Filters filters, List<String> sorts,
                List<String> sizes, boolean canWrite, String done);

        static native TemplateInstance installment(long installmentId, Section<Installment> installment,
                Section<List<Payment>> payments, boolean canWrite, WriteOutcome outcome, String key,
                PaymentForm form, String done);
    }

    /** What the user typed into the payment form, drawn again beside the service's answer. */
    public record PaymentForm(String amount, String paidDate, String voucherNo) {
    }

    private final DuePaymentsService service;
    private final ConsoleUser user;
    private final PageContext page;

    DuePaymentsResource(DuePaymentsService service, ConsoleUser user, PageContext page) {
        this.service = service;
        this.user = user;
        this.page = page;
    }

    @GET
    public TemplateInstance list(@QueryParam("dueWithinDays") Integer dueWithinDays,
            @QueryParam("overdue") Boolean overdue, @QueryParam("fiscalClose") Boolean fiscalClose,
            @QueryParam("supplierSize") List<String> supplierSize, @QueryParam("projectId") Long projectId,
            @QueryParam("contractId") Long contractId, @QueryParam("sort") String sort,
            @QueryParam("page") Integer pageNo, @QueryParam("size") Integer size, @QueryParam("done") String done) {
        DueFilter filter = new DueFilter(dueWithinDays, overdue, fiscalClose, clean(supplierSize), projectId,
                contractId, sort != null && SORTS.contains(sort) ? sort : "dueDate", pageNo == null ? 0 : Math.max(0, pageNo),
                size == null ? 50 : Math.min(Math.max(size, 1), 500));
        return page.localized(Templates.list(service.list(filter), new Filters(filter, query(filter)), SORTS, SIZES,
                user.isFinance(), done));
    }

    @GET
    @Path("/export")
    @Produces({ XLSX, "text/csv" })
    public Response export(@QueryParam("format") String format, @QueryParam("dueWithinDays") Integer dueWithinDays,
            @QueryParam("overdue") Boolean overdue, @QueryParam("fiscalClose") Boolean fiscalClose,
            @QueryParam("supplierSize") List<String> supplierSize, @QueryParam("projectId") Long projectId,
            @QueryParam("contractId") Long contractId, @QueryParam("sort") String sort) {
        boolean csv = "csv".equals(format);
        String type = csv ? "text/csv" : XLSX;
        DueFilter filter = new DueFilter(dueWithinDays, overdue, fiscalClose, clean(supplierSize), projectId,
                contractId, sort != null && SORTS.contains(sort) ? sort : "dueDate", null, null);
        try {
            Response answer = service.export(type, filter);
            InputStream body = answer.readEntity(InputStream.class);
            String disposition = answer.getHeaderString("Content-Disposition");
            return Response.ok(body, answer.getMediaType() == null ? MediaType.valueOf(type) : answer.getMediaType())
                    .header("Content-Disposition", disposition != null ? disposition
                            : "attachment; filename=\"due-payments." + (csv ? "csv" : "xlsx") + "\"")
                    .build();
        } catch (WebApplicationException e) {
            return Response.status(e.getResponse().getStatus() >= 500 ? 503 : e.getResponse().getStatus())
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("payments-service: HTTP " + e.getResponse().getStatus()).build();
        }
    }

    @GET
    @Path("/installments/{id}")
    public TemplateInstance installment(@PathParam("id") long installmentId, @QueryParam("done") String done) {
        return drawInstallment(installmentId, WriteOutcome.none(), new PaymentForm(null, null, null), null, done);
    }

    @POST
    @Path("/installments/{id}/payments")
    public Response record(@PathParam("id") long installmentId, @FormParam("amount") String amount,
            @FormParam("paidDate") String paidDate, @FormParam("voucherNo") String voucherNo,
            @FormParam("idempotencyKey") String key) {
        FormValues values = new FormValues();
        BigDecimal parsedAmount = values.amount("amount", amount, true);
        LocalDate parsedDate = values.date("paidDate", paidDate);
        WriteOutcome outcome = values.valid()
                ? service.record(installmentId, key, parsedAmount, parsedDate, voucherNo)
                : values.refused();
        if (outcome.ok()) {
            return Response.seeOther(URI.create("/due-payments/installments/" + installmentId + "?done=payment")).build();
        }
        // The same key again: resending the corrected form still records at most one payment.
        return Response.status(outcome.problem().status())
                .entity(drawInstallment(installmentId, outcome, new PaymentForm(amount, paidDate, voucherNo), key, null))
                .build();
    }

    @POST
    @Path("/payments/{paymentId}/reversal")
    public Response reverse(@PathParam("paymentId") long paymentId, @FormParam("installmentId") long installmentId,
            @FormParam("reason") String reason) {
        WriteOutcome outcome = service.reverse(paymentId, reason);
        if (outcome.ok()) {
            return Response.seeOther(URI.create("/due-payments/installments/" + installmentId + "?done=reversal")).build();
        }
        return Response.status(outcome.problem().status())
                .entity(drawInstallment(installmentId, outcome, new PaymentForm(null, null, null), null, null)).build();
    }

    private TemplateInstance drawInstallment(long installmentId, WriteOutcome outcome, PaymentForm form, String key,
            String done) {
        return page.localized(Templates.installment(installmentId, service.installment(installmentId),
                service.payments(installmentId), user.isFinance(), outcome, key != null ? key : Formats.newKey(), form,
                done));
    }

    private static List<String> clean(List<String> sizes) {
        if (sizes == null || sizes.isEmpty()) {
            return null;
        }
        List<String> known = sizes.stream().filter(SIZES::contains).toList();
        return known.isEmpty() ? null : known;
    }

    private static String query(DueFilter f) {
        List<String> parts = new ArrayList<>();
        add(parts, "dueWithinDays", f.dueWithinDays());
        add(parts, "overdue", f.overdue());
        add(parts, "fiscalClose", f.fiscalClose());
        if (f.supplierSizes() != null) {
            f.supplierSizes().forEach(s -> add(parts, "supplierSize", s));
        }
        add(parts, "projectId", f.projectId());
        add(parts, "contractId", f.contractId());
        add(parts, "sort", f.sort());
        add(parts, "size", f.size());
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
