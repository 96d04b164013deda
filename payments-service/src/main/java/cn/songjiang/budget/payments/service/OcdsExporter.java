package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.config.PaymentsConfig;
import cn.songjiang.budget.payments.domain.Installment;
import cn.songjiang.budget.payments.domain.InstallmentEvent;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.Money;
import cn.songjiang.budget.payments.domain.Payment;
import cn.songjiang.budget.payments.domain.PaymentPlan;
import cn.songjiang.budget.payments.domain.SupplierSize;
import cn.songjiang.budget.payments.repository.EventRepository;
import cn.songjiang.budget.payments.repository.InstallmentRepository;
import cn.songjiang.budget.payments.repository.PaymentRepository;
import cn.songjiang.budget.payments.repository.PlanRepository;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage;
import cn.songjiang.budget.support.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports contract payment plans as Open Contracting Data Standard 1.1.5 release packages: one implementation
 * release per contract, with each installment as a payment milestone and each payment (and reversal) as a
 * transaction. OCDS 1.1 has no amount on a milestone, so the installment amount goes into the local extension
 * field {@code installmentValue}, declared in the package's {@code extensions}.
 */
@ApplicationScoped
public class OcdsExporter {

    public static final String EXTENSION_PATH = "/api/v1/ocds/extensions/installment-value/extension.json";
    public static final String EXTENSION_FIELD = "installmentValue";
    private static final String BUYER_ROLE = "buyer";
    private static final DateTimeFormatter RELEASE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final PlanRepository plans;
    private final InstallmentRepository installments;
    private final EventRepository events;
    private final PaymentRepository payments;
    private final PaymentsConfig config;
    private final Clock clock;

    public OcdsExporter(PlanRepository plans, InstallmentRepository installments, EventRepository events,
            PaymentRepository payments, PaymentsConfig config, Clock clock) {
        this.plans = plans;
        this.installments = installments;
        this.events = events;
        this.payments = payments;
        this.config = config;
        this.clock = clock;
    }

    /** The release package of one contract. */
    @Transactional
    public Map<String, Object> forContract(long contractId) {
        PaymentPlan plan = plans.findByContract(contractId)
                .orElseThrow(() -> ApiProblem.notFound("Payment plan of contract", contractId));
        return releasePackage("/api/v1/ocds/releases?contractId=" + contractId, List.of(release(plan)));
    }

    /** The release package of every contract plan of a fiscal year (direct plans are not contracting processes). */
    @Transactional
    public Map<String, Object> forFiscalYear(int fiscalYear) {
        long contracts = plans.count("fiscalYear = ?1 and contractId is not null", fiscalYear);
        if (contracts > OcdsReleasePackage.MAX_RELEASES) {
            throw ApiProblem.businessRule("too-many-releases", "fiscal year " + fiscalYear + " has " + contracts
                    + " contracts with a payment plan, more than the " + OcdsReleasePackage.MAX_RELEASES
                    + " releases of one package; read the package of each contract");
        }
        List<Map<String, Object>> releases = plans
                .list("fiscalYear = ?1 and contractId is not null order by contractId", fiscalYear).stream()
                .map(this::release).toList();
        return releasePackage("/api/v1/ocds/release-packages/" + fiscalYear, releases);
    }

    private Map<String, Object> releasePackage(String path, List<Map<String, Object>> releases) {
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("uri", config.ocds().baseUri() + path);
        pkg.put("version", "1.1");
        pkg.put("extensions", List.of(config.ocds().baseUri() + EXTENSION_PATH));
        pkg.put("publishedDate", dateTime(Instant.now(clock)));
        pkg.put("publisher", Map.of("name", config.ocds().publisherName()));
        pkg.put("releases", releases);
        return pkg;
    }

    private Map<String, Object> release(PaymentPlan plan) {
        List<Installment> list = installments.activeOfPlan(plan.id);
        List<Payment> paid = list.stream().flatMap(i -> payments.ofInstallment(i.id).stream())
                .sorted(Comparator.comparing((Payment p) -> p.paidDate).thenComparing(p -> p.id)).toList();
        Map<Long, InstallmentEvent> metBy = new LinkedHashMap<>();
        for (Installment installment : list) {
            events.ofInstallment(installment.id).ifPresent(e -> metBy.put(installment.id, e));
        }
        Instant changed = plan.updatedAt;
        for (Installment installment : list) {
            changed = later(changed, installment.updatedAt);
        }
        for (Payment payment : paid) {
            changed = later(changed, payment.updatedAt);
        }
        String contractKey = "C" + plan.contractId;
        String ocid = config.ocds().ocidPrefix() + "-" + plan.departmentCode + "-" + plan.fiscalYear + "-"
                + contractKey;
        String buyerId = plan.departmentCode.isBlank() ? config.departmentCode() : plan.departmentCode;
        String supplierId = supplierId(plan);

        Map<String, Object> buyer = orgRef(buyerId, config.ocds().publisherName());
        Map<String, Object> supplier = orgRef(supplierId, plan.supplierName);

        Map<String, Object> release = new LinkedHashMap<>();
        release.put("ocid", ocid);
        release.put("id", contractKey + "-implementation-" + RELEASE_STAMP.format(changed));
        release.put("date", dateTime(changed));
        release.put("tag", List.of("implementation"));
        release.put("initiationType", "tender");
        release.put("language", "zh");
        release.put("parties", List.of(buyerParty(buyerId), supplierParty(plan, supplierId)));
        release.put("buyer", buyer);

        Map<String, Object> award = new LinkedHashMap<>();
        award.put("id", contractKey + "-award");
        award.put("status", "active");
        award.put("value", value(plan.contractValue));
        award.put("suppliers", List.of(supplier));
        release.put("awards", List.of(award));

        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("id", contractKey);
        contract.put("awardID", contractKey + "-award");
        contract.put("title", plan.projectName);
        boolean allPaid = list.stream().allMatch(i -> i.status == InstallmentStatus.PAID);
        contract.put("status", allPaid ? "terminated" : "active");
        contract.put("value", value(plan.contractValue));
        if (plan.signedDate != null) {
            contract.put("dateSigned", date(plan.signedDate));
        }
        if (plan.periodStart != null || plan.periodEnd != null) {
            Map<String, Object> period = new LinkedHashMap<>();
            if (plan.periodStart != null) {
                period.put("startDate", date(plan.periodStart));
            }
            if (plan.periodEnd != null) {
                period.put("endDate", date(plan.periodEnd));
            }
            contract.put("period", period);
        }
        Map<String, Object> implementation = new LinkedHashMap<>();
        implementation.put("milestones", list.stream().map(i -> milestone(i, metBy.get(i.id), paid)).toList());
        List<Map<String, Object>> transactions = new ArrayList<>();
        for (Payment payment : paid) {
            transactions.add(transaction("P" + payment.id, payment.paidDate, payment.amount, buyer, supplier));
            if (payment.reversed) {
                // A reversal is published as a correcting transaction; the payment itself is never removed.
                transactions.add(transaction("P" + payment.id + "-reversal",
                        LocalDate.ofInstant(payment.reversedAt, zone()), payment.amount.negate(), buyer, supplier));
            }
        }
        implementation.put("transactions", transactions);
        contract.put("implementation", implementation);
        release.put("contracts", List.of(contract));
        return release;
    }

    private Map<String, Object> milestone(Installment installment, InstallmentEvent event, List<Payment> paid) {
        Map<String, Object> milestone = new LinkedHashMap<>();
        milestone.put("id", "I" + installment.id);
        milestone.put("title", "第" + installment.sequence + "期付款" + (installment.percent == null ? ""
                : " " + installment.percent.stripTrailingZeros().toPlainString() + "%"));
        milestone.put("type", "payment");
        if (installment.clauseText != null) {
            milestone.put("description", installment.clauseText);
        }
        milestone.put("code", installment.trigger.name());
        if (installment.dueDate != null) {
            milestone.put("dueDate", date(installment.dueDate));
        }
        milestone.put("status", status(installment));
        if (installment.status == InstallmentStatus.PAID) {
            paid.stream().filter(p -> !p.reversed && p.installment.id.equals(installment.id))
                    .map(p -> p.paidDate).max(Comparator.naturalOrder())
                    .ifPresent(d -> milestone.put("dateMet", date(d)));
        }
        milestone.put("dateModified", dateTime(installment.updatedAt));
        milestone.put(EXTENSION_FIELD, value(installment.amount));
        if (event != null) {
            milestone.put("documents", List.of(Map.of("id", "E" + event.id, "documentType", "completionCertificate",
                    "title", event.evidenceRef, "datePublished", dateTime(event.createdAt))));
        }
        return milestone;
    }

    /** OCDS milestone status from the installment: met when paid, notMet when late, scheduled otherwise. */
    private String status(Installment installment) {
        return switch (installment.status) {
            case PAID -> "met";
            case PARTIALLY_PAID -> "partiallyMet";
            case DUE -> installment.dueDate.isBefore(LocalDate.now(clock)) ? "notMet" : "scheduled";
            default -> "scheduled";
        };
    }

    private Map<String, Object> transaction(String id, LocalDate date, BigDecimal amount, Map<String, Object> payer,
            Map<String, Object> payee) {
        Map<String, Object> transaction = new LinkedHashMap<>();
        transaction.put("id", id);
        transaction.put("date", date(date));
        transaction.put("value", value(amount));
        transaction.put("payer", payer);
        transaction.put("payee", payee);
        return transaction;
    }

    private Map<String, Object> buyerParty(String id) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("id", id);
        party.put("name", config.ocds().publisherName());
        party.put("roles", List.of(BUYER_ROLE, "payer"));
        return party;
    }

    private static Map<String, Object> supplierParty(PaymentPlan plan, String id) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("id", id);
        if (plan.supplierName != null) {
            party.put("name", plan.supplierName);
        }
        if (plan.supplierCreditCode != null) {
            // 统一社会信用代码 (GB 32100-2015).
            party.put("identifier", Map.of("scheme", "CN-USCC", "id", plan.supplierCreditCode, "legalName",
                    plan.supplierName == null ? plan.supplierCreditCode : plan.supplierName));
        }
        party.put("roles", List.of("supplier", "payee"));
        if (plan.supplierSize != null) {
            party.put("details", Map.of("scale", scale(plan.supplierSize)));
        }
        return party;
    }

    private static String supplierId(PaymentPlan plan) {
        if (plan.supplierCreditCode != null) {
            return "CN-USCC-" + plan.supplierCreditCode;
        }
        return "supplier-" + (plan.supplierId == null ? "unknown" : plan.supplierId);
    }

    /** OCDS partyScale codes. */
    private static String scale(SupplierSize size) {
        return switch (size) {
            case LARGE -> "large";
            case MICRO -> "micro";
            default -> "sme";
        };
    }

    private static Map<String, Object> orgRef(String id, String name) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("id", id);
        if (name != null) {
            ref.put("name", name);
        }
        return ref;
    }

    private static Map<String, Object> value(BigDecimal amount) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("amount", amount == null ? null : amount.setScale(Money.SCALE));
        value.put("currency", Money.CURRENCY);
        return value;
    }

    private String date(LocalDate date) {
        return OffsetDateTime.of(date.atStartOfDay(), zone().getRules().getOffset(date.atStartOfDay()))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private String dateTime(Instant instant) {
        return instant.atZone(zone()).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && (a == null || b.isAfter(a)) ? b : a;
    }

    /** The extension's metadata (extension.json), served so the package's extension URL resolves. */
    public Map<String, Object> extensionMetadata() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", Map.of("en", "Installment value", "zh", "分期付款金额"));
        meta.put("description", Map.of("en", "Adds the amount of the payment installment a milestone stands for.",
                "zh", "为付款里程碑增加该期应付金额。"));
        meta.put("documentationUrl", Map.of("en", config.ocds().baseUri() + "/q/swagger-ui"));
        meta.put("compatibility", List.of("1.1"));
        return meta;
    }

    /** The extension's release schema patch (release-schema.json). */
    public static Map<String, Object> extensionSchema() {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("title", "Installment value");
        field.put("description", "The amount due for the payment installment this milestone represents.");
        field.put("$ref", "#/definitions/Value");
        return Map.of("definitions", Map.of("Milestone", Map.of("properties", Map.of(EXTENSION_FIELD, field))));
    }
}
