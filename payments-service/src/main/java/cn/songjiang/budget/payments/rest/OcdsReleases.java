package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.payments.config.PaymentsConfig;
import cn.songjiang.budget.payments.domain.SupplierSize;
import cn.songjiang.budget.payments.repository.OcdsRepository.EventRow;
import cn.songjiang.budget.payments.repository.OcdsRepository.InstallmentRow;
import cn.songjiang.budget.payments.repository.OcdsRepository.PaymentRow;
import cn.songjiang.budget.payments.repository.OcdsRepository.PlanRow;
import cn.songjiang.budget.payments.rest.dto.OcdsExtension;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Award;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Contract;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Document;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Identifier;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Implementation;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Milestone;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.OrganizationReference;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Party;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.PartyDetails;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Period;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Publisher;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Release;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Transaction;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Value;
import cn.songjiang.budget.payments.service.OcdsExporter.ContractPlan;
import cn.songjiang.budget.payments.service.OcdsExporter.PublishedInstallment;
import cn.songjiang.budget.support.money.Money;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes contract payment plans as Open Contracting Data Standard 1.1.5 release packages: one implementation
 * release per contract, with each installment as a payment milestone and each payment (and reversal) as a
 * transaction. OCDS 1.1 has no amount on a milestone, so the installment amount goes into the local extension
 * field {@code installmentValue}, declared in the package's {@code extensions}. Dates are at the clock's zone.
 */
@ApplicationScoped
public class OcdsReleases {

    private static final String EXTENSION_PATH = "/api/v1/ocds/extensions/installment-value/extension.json";
    private static final DateTimeFormatter RELEASE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private static final String RELEASES = "releases";

    private final PaymentsConfig config;
    private final Clock clock;
    private final ObjectMapper json;

    public OcdsReleases(PaymentsConfig config, Clock clock, ObjectMapper json) {
        this.config = config;
        this.clock = clock;
        this.json = json;
    }

    /** The package at {@code path} (its URI below the base URI) with one release per contract plan. */
    public OcdsReleasePackage releasePackage(String path, List<ContractPlan> plans) {
        return new OcdsReleasePackage(config.ocds().baseUri() + path, "1.1",
                List.of(config.ocds().baseUri() + EXTENSION_PATH), dateTime(Instant.now(clock)),
                new Publisher(config.ocds().publisherName()), plans.stream().map(this::release).toList());
    }

    /**
     * Writes the package at {@code path} to {@code out} as {@link #releasePackage} would serialise it, the
     * releases as their plans come: {@code plans} hands batches of plans to the consumer it is given, and each
     * batch is written and flushed before the next is read, so the heap holds one batch whatever the package's size.
     * The envelope is the record serialised without releases, so the shape stays the typed records'; each release
     * is built as the same records and written by {@link OcdsReleaseJson}, which spares the mapper's reflection.
     */
    public void writePackage(OutputStream out, String path, Consumer<Consumer<List<ContractPlan>>> plans)
            throws IOException {
        ObjectNode envelope = json.valueToTree(releasePackage(path, List.of()));
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> field : envelope.properties()) {
                if (!RELEASES.equals(field.getKey())) {
                    generator.writeFieldName(field.getKey());
                    generator.writeTree(field.getValue());
                    continue;
                }
                generator.writeArrayFieldStart(RELEASES);
                plans.accept(batch -> {
                    try {
                        for (ContractPlan plan : batch) {
                            OcdsReleaseJson.write(generator, release(plan));
                        }
                        generator.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                generator.writeEndArray();
            }
            generator.writeEndObject();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Release release(ContractPlan contractPlan) {
        PlanRow plan = contractPlan.plan();
        String contractKey = "C" + plan.contractId();
        String ocid = config.ocds().ocidPrefix() + "-" + plan.departmentCode() + "-" + plan.fiscalYear() + "-"
                + contractKey;
        String buyerId = plan.departmentCode().isBlank() ? config.departmentCode() : plan.departmentCode();
        String supplierId = supplierId(plan);
        OrganizationReference buyer = new OrganizationReference(buyerId, config.ocds().publisherName());
        OrganizationReference supplier = new OrganizationReference(supplierId, plan.supplierName());

        Award award = new Award(contractKey + "-award", "active", value(plan.contractValue()), List.of(supplier));
        List<Transaction> transactions = new ArrayList<>();
        for (PaymentRow payment : contractPlan.payments()) {
            transactions.add(new Transaction("P" + payment.id(), date(payment.paidDate()), value(payment.amount()),
                    buyer, supplier));
            if (payment.reversed()) {
                // A reversal is published as a correcting transaction; the payment itself is never removed.
                transactions.add(new Transaction("P" + payment.id() + "-reversal",
                        date(LocalDate.ofInstant(payment.reversedAt(), zone())), value(payment.amount().negate()),
                        buyer, supplier));
            }
        }
        Implementation implementation = new Implementation(
                contractPlan.installments().stream().map(this::milestone).toList(), transactions);
        Period period = plan.periodStart() == null && plan.periodEnd() == null ? null
                : new Period(date(plan.periodStart()), date(plan.periodEnd()));
        Contract contract = new Contract(contractKey, award.id(), plan.projectName(),
                contractPlan.allPaid() ? "terminated" : "active", value(plan.contractValue()),
                date(plan.signedDate()), period, implementation);
        return new Release(ocid, contractKey + "-implementation-" + RELEASE_STAMP.format(contractPlan.changed()),
                dateTime(contractPlan.changed()), List.of("implementation"), "tender", "zh",
                List.of(buyerParty(buyerId), supplierParty(plan, supplierId)), buyer, List.of(award),
                List.of(contract));
    }

    private Milestone milestone(PublishedInstallment published) {
        InstallmentRow installment = published.installment();
        EventRow event = published.event();
        String title = "第" + installment.sequence() + "期付款" + (installment.percent() == null ? ""
                : " " + installment.percent().stripTrailingZeros().toPlainString() + "%");
        List<Document> documents = event == null ? null : List.of(new Document("E" + event.id(),
                "completionCertificate", event.evidenceRef(), dateTime(event.createdAt())));
        return new Milestone("I" + installment.id(), title, "payment", installment.clauseText(),
                installment.trigger(), date(installment.dueDate()), status(installment), date(published.paidOn()),
                dateTime(installment.updatedAt()), value(installment.amount()), documents);
    }

    /** OCDS milestone status from the installment: met when paid, notMet when late, scheduled otherwise. */
    private String status(InstallmentRow installment) {
        return switch (installment.status()) {
            case PAID -> "met";
            case PARTIALLY_PAID -> "partiallyMet";
            case DUE -> installment.dueDate().isBefore(LocalDate.now(clock)) ? "notMet" : "scheduled";
            default -> "scheduled";
        };
    }

    private Party buyerParty(String id) {
        return new Party(id, config.ocds().publisherName(), null, List.of("buyer", "payer"), null);
    }

    private static Party supplierParty(PlanRow plan, String id) {
        // 统一社会信用代码 (GB 32100-2015).
        Identifier identifier = plan.supplierCreditCode() == null ? null : new Identifier("CN-USCC",
                plan.supplierCreditCode(),
                plan.supplierName() == null ? plan.supplierCreditCode() : plan.supplierName());
        PartyDetails details = plan.supplierSize() == null ? null : new PartyDetails(scale(plan.supplierSize()));
        return new Party(id, plan.supplierName(), identifier, List.of("supplier", "payee"), details);
    }

    private static String supplierId(PlanRow plan) {
        if (plan.supplierCreditCode() != null) {
            return "CN-USCC-" + plan.supplierCreditCode();
        }
        return "supplier-" + (plan.supplierId() == null ? "unknown" : plan.supplierId());
    }

    /** OCDS partyScale codes. */
    private static String scale(SupplierSize size) {
        return switch (size) {
            case LARGE -> "large";
            case MICRO -> "micro";
            default -> "sme";
        };
    }

    private static Value value(BigDecimal amount) {
        return new Value(amount == null ? null : amount.setScale(Money.SCALE), Money.CURRENCY);
    }

    /** The start of the day in the clock's zone; null for no date. */
    private OffsetDateTime date(LocalDate date) {
        return date == null ? null
                : OffsetDateTime.of(date.atStartOfDay(), zone().getRules().getOffset(date.atStartOfDay()));
    }

    private OffsetDateTime dateTime(Instant instant) {
        return instant.atZone(zone()).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** The extension's metadata (extension.json), served so the package's extension URL resolves. */
    public OcdsExtension extension() {
        return new OcdsExtension(new OcdsExtension.Text("Installment value", "分期付款金额"),
                new OcdsExtension.Text("Adds the amount of the payment installment a milestone stands for.",
                        "为付款里程碑增加该期应付金额。"),
                new OcdsExtension.Link(config.ocds().baseUri() + "/q/swagger-ui"), List.of("1.1"));
    }

    /** The extension's release schema patch (release-schema.json). */
    public static OcdsExtension.ReleaseSchema extensionSchema() {
        return new OcdsExtension.ReleaseSchema(new OcdsExtension.Definitions(new OcdsExtension.Definition(
                new OcdsExtension.Properties(new OcdsExtension.Field("Installment value",
                        "The amount due for the payment installment this milestone represents.",
                        "#/definitions/Value")))));
    }
}
