package cn.songjiang.budget.console.rest;

import cn.songjiang.budget.console.client.ProcurementViews.AmendmentRequest;
import cn.songjiang.budget.console.client.ProcurementViews.Contract;
import cn.songjiang.budget.console.client.ProcurementViews.ContractRequest;
import cn.songjiang.budget.console.client.ProcurementViews.Plan;
import cn.songjiang.budget.console.client.ProcurementViews.Supplier;
import cn.songjiang.budget.console.client.ProcurementViews.SupplierContact;
import cn.songjiang.budget.console.client.ProcurementViews.SupplierRequest;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 采购: budget split, plans (with their status transitions), suppliers, contracts; procurement officers (and admins,
 * who hold every role) register suppliers, award contracts and record amendments.
 */
@Path("/procurement")
@Produces(MediaType.TEXT_HTML)
public class ProcurementResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance procurement(Section<BudgetView> budget, Section<List<Plan>> plans,
                Section<List<Supplier>> suppliers, Section<List<Contract>> contracts, boolean canWrite,
                boolean admin, List<String> sizes, WriteOutcome outcome, Posted posted, String done);
    }

    /** The sizes procurement-service's {@code SupplierSize} defines (工信部联企业〔2011〕300号). */
    static final List<String> SIZES = List.of("LARGE", "MEDIUM", "SMALL", "MICRO");

    /**
     * The form the user sent and what was typed in it, drawn again with the service's problems beside their
     * fields; {@code form} is {@code supplier}, {@code contract} or {@code amendment-<contract id>}.
     */
    public record Posted(String form, Map<String, String> values, WriteOutcome outcome) {

        static Posted none() {
            return new Posted("", Map.of(), WriteOutcome.none());
        }

        public boolean is(String name) {
            return form.equals(name);
        }

        public boolean isAmendment(long contractId) {
            return is("amendment-" + contractId);
        }

        /** What was typed into a field of the form named, or empty. */
        public String value(String name, String field) {
            String value = is(name) ? values.get(field) : null;
            return value == null ? "" : value;
        }

        /** Whether {@code id} was chosen in a select of the form named. */
        public boolean chosen(String name, String field, long id) {
            return value(name, field).equals(Long.toString(id));
        }

        public String amendmentValue(long contractId, String field) {
            return value("amendment-" + contractId, field);
        }

        /** The reason the service (or the console) gave for a field of the form named, or null. */
        public String error(String name, String field) {
            return is(name) ? outcome.field(field) : null;
        }

        public String amendmentError(long contractId, String field) {
            return error("amendment-" + contractId, field);
        }
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

    @POST
    @Path("/suppliers")
    public Response registerSupplier(@FormParam("name") String name, @FormParam("creditCode") String creditCode,
            @FormParam("size") String size, @FormParam("contact.name") String contactName,
            @FormParam("contact.phone") String contactPhone, @FormParam("contact.email") String contactEmail) {
        Map<String, String> typed = typed("name", name, "creditCode", creditCode, "size", size, "contact.name",
                contactName, "contact.phone", contactPhone, "contact.email", contactEmail);
        SupplierContact contact = new SupplierContact(FormValues.text(contactName), FormValues.text(contactPhone),
                FormValues.text(contactEmail));
        boolean noContact = contact.name() == null && contact.phone() == null && contact.email() == null;
        // The credit code goes as typed: the service upper-cases it and names what is wrong with it.
        WriteOutcome outcome = service.registerSupplier(new SupplierRequest(FormValues.text(name),
                FormValues.text(creditCode), FormValues.text(size), noContact ? null : contact));
        return answer(outcome, new Posted("supplier", typed, outcome), "supplier");
    }

    @POST
    @Path("/contracts")
    public Response awardContract(@FormParam("planId") String planId, @FormParam("supplierId") String supplierId,
            @FormParam("title") String title, @FormParam("value") String value,
            @FormParam("signedDate") String signedDate, @FormParam("periodStart") String periodStart,
            @FormParam("periodEnd") String periodEnd, @FormParam("paymentTermDays") String paymentTermDays,
            @FormParam("latePaymentDailyRate") String latePaymentDailyRate,
            @FormParam("valueOverPlanReason") String valueOverPlanReason,
            @FormParam("linkProjectPaymentTerms") String linkProjectPaymentTerms) {
        Map<String, String> typed = typed("planId", planId, "supplierId", supplierId, "title", title, "value", value,
                "signedDate", signedDate, "periodStart", periodStart, "periodEnd", periodEnd, "paymentTermDays",
                paymentTermDays, "latePaymentDailyRate", latePaymentDailyRate, "valueOverPlanReason",
                valueOverPlanReason, "linkProjectPaymentTerms", linkProjectPaymentTerms);
        FormValues values = new FormValues();
        Long plan = values.whole("planId", planId, true);
        Long supplier = values.whole("supplierId", supplierId, true);
        BigDecimal parsedValue = values.amount("value", value, true);
        LocalDate signed = values.date("signedDate", signedDate);
        LocalDate start = values.date("periodStart", periodStart);
        LocalDate end = values.date("periodEnd", periodEnd);
        Long termDays = values.whole("paymentTermDays", paymentTermDays, false);
        BigDecimal rate = values.decimal("latePaymentDailyRate", latePaymentDailyRate);
        WriteOutcome outcome = values.valid()
                ? service.awardContract(new ContractRequest(plan, supplier, FormValues.text(title), parsedValue,
                        signed, start, end, termDays == null ? null : Math.toIntExact(termDays), rate,
                        FormValues.text(valueOverPlanReason), "true".equals(linkProjectPaymentTerms) ? true : null))
                : values.refused();
        return answer(outcome, new Posted("contract", typed, outcome), "contract");
    }

    @POST
    @Path("/contracts/{id}/amendments")
    public Response amendContract(@PathParam("id") long contractId, @FormParam("version") long version,
            @FormParam("reason") String reason, @FormParam("value") String value,
            @FormParam("periodStart") String periodStart, @FormParam("periodEnd") String periodEnd,
            @FormParam("valueOverPlanReason") String valueOverPlanReason) {
        Map<String, String> typed = typed("reason", reason, "value", value, "periodStart", periodStart, "periodEnd",
                periodEnd, "valueOverPlanReason", valueOverPlanReason);
        FormValues values = new FormValues();
        BigDecimal parsedValue = values.amount("value", value, false);
        LocalDate start = values.optionalDate("periodStart", periodStart);
        LocalDate end = values.optionalDate("periodEnd", periodEnd);
        WriteOutcome outcome = values.valid()
                ? service.amendContract(contractId, version, new AmendmentRequest(FormValues.text(reason),
                        parsedValue, start, end, FormValues.text(valueOverPlanReason)))
                : values.refused();
        return answer(outcome, new Posted("amendment-" + contractId, typed, outcome), "amendment");
    }

    private Response answer(WriteOutcome outcome, Posted posted, String done) {
        if (outcome.ok()) {
            return Response.seeOther(URI.create("/procurement?done=" + done)).build();
        }
        return Response.status(outcome.problem().status()).entity(draw(outcome, posted, null)).build();
    }

    private static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return typed;
    }

    private TemplateInstance draw(WriteOutcome outcome, String done) {
        return draw(outcome, Posted.none(), done);
    }

    private TemplateInstance draw(WriteOutcome outcome, Posted posted, String done) {
        return page.localized(Templates.procurement(service.budget(), service.plans(), service.suppliers(),
                service.contracts(), user.isProcurement(), user.isAdmin(), SIZES, outcome, posted, done));
    }
}
