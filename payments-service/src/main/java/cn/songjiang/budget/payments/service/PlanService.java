package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.client.ContractView;
import cn.songjiang.budget.payments.client.PaymentTermsView;
import cn.songjiang.budget.payments.client.ProcurementClient;
import cn.songjiang.budget.payments.client.ProjectView;
import cn.songjiang.budget.payments.client.ProjectsClient;
import cn.songjiang.budget.payments.domain.Category;
import cn.songjiang.budget.payments.domain.DraftInstallment;
import cn.songjiang.budget.payments.domain.Installment;
import cn.songjiang.budget.payments.domain.InstallmentEvent;
import cn.songjiang.budget.payments.domain.InstallmentSpec;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.PaymentAmounts;
import cn.songjiang.budget.payments.domain.RuleNames;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.payments.domain.PaymentPlan;
import cn.songjiang.budget.payments.domain.PlanDrafts;
import cn.songjiang.budget.payments.domain.PlanKind;
import cn.songjiang.budget.payments.domain.PlanSource;
import cn.songjiang.budget.payments.domain.PlanTemplate;
import cn.songjiang.budget.payments.domain.Recurrence;
import cn.songjiang.budget.payments.domain.SupplierSize;
import cn.songjiang.budget.payments.domain.Trigger;
import cn.songjiang.budget.payments.repository.InstallmentRepository;
import cn.songjiang.budget.payments.repository.PlanRepository;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.problem.FieldViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes payment plans. Everything needed from procurement-service and projects-service is read first, outside
 * the transaction; only then is anything written, so a plan is either stored whole or, when a service it needs
 * is down, not at all (503).
 */
@ApplicationScoped
public class PlanService {

    /** Contract states in which no payment can be planned. */
    private static final Set<String> CLOSED_CONTRACT_STATES = Set.of("CANCELLED", "TERMINATED", "DRAFT");

    private final ProjectsClient projects;
    private final ProcurementClient procurement;
    private final PlanDrafts drafts;
    private final InstallmentRules rules;
    private final PlanRepository plans;
    private final InstallmentRepository installments;

    public PlanService(ProjectsClient projects, ProcurementClient procurement, PlanDrafts drafts,
            InstallmentRules rules, PlanRepository plans, InstallmentRepository installments) {
        this.projects = projects;
        this.procurement = procurement;
        this.drafts = drafts;
        this.rules = rules;
        this.plans = plans;
        this.installments = installments;
    }

    /**
     * A new plan: for a contract or a project (exactly one), with installments from at most one of a template,
     * the given installments or a recurrence; with none of them, from the project's parsed payment terms.
     */
    public record NewPlan(Long contractId, Long projectId, BigDecimal value, String template,
            List<RequestedInstallment> installments, Recurring recurring) {
    }

    /** A recurring plan paid by actuals; a period bound left out comes from the contract, project or year. */
    public record Recurring(Recurrence recurrence, LocalDate periodStart, LocalDate periodEnd) {
    }

    /** A new plan once everything has been read and computed, before anything is stored. */
    private record Draft(ProjectView project, ContractView contract, BigDecimal value, PlanKind kind,
            PlanSource source, String templateCode, Recurrence recurrence, String clauseText,
            List<DraftInstallment> installments, LocalDate periodStart, LocalDate periodEnd) {
    }

    public PlanView create(NewPlan request) {
        checkShape(request);
        ContractView contract = null;
        if (request.contractId() != null) {
            contract = procurement.contract(request.contractId())
                    .orElseThrow(() -> ApiProblem.businessRule(RuleNames.CONTRACT_UNKNOWN, "contractId",
                            "contract " + request.contractId() + " does not exist in procurement-service"));
            checkContract(contract);
        }
        long projectId = contract != null ? contract.projectId() : request.projectId();
        ProjectView project = projects.project(projectId)
                .orElseThrow(() -> ApiProblem.businessRule(RuleNames.PROJECT_UNKNOWN,
                        request.contractId() != null ? "contractId" : "projectId",
                        "project " + projectId + " does not exist in projects-service"));
        ContractView signed = contract;
        Draft draft = RuleRefusals.apply(() -> draft(request, project, signed));
        return QuarkusTransaction.requiringNew().call(() -> store(draft));
    }

    public PlanView get(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            PaymentPlan plan = plans.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Payment plan", id));
            return new PlanView(plan, installments.activeOfPlan(id));
        });
    }

    /** One installment, 404 when unknown. */
    public Installment installment(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> installments.findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("Installment", id)));
    }

    /** One page of the installments that count (not cancelled) of a project's plans, by plan and sequence. */
    public Page<Installment> installmentsOfProject(long projectId, int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            long total = installments.countActiveOfProject(projectId);
            return new Page<>((long) page * size >= total ? List.of()
                    : installments.activeOfProject(projectId, page, size), total);
        });
    }

    /**
     * One page of the plans of a project and/or a contract, newest first, as summaries (one query for the
     * installments of the page), and how many there are.
     */
    public Page<PlanSummary> list(Long projectId, Long contractId, int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            StringBuilder query = new StringBuilder("1 = 1");
            Map<String, Object> params = new HashMap<>();
            if (projectId != null) {
                query.append(" and projectId = :project");
                params.put("project", projectId);
            }
            if (contractId != null) {
                query.append(" and contractId = :contract");
                params.put("contract", contractId);
            }
            long total = plans.count(query.toString(), params);
            if ((long) page * size >= total) {
                return new Page<PlanSummary>(List.of(), total);
            }
            List<PaymentPlan> found = plans.find(query + " order by id desc", params).page(page, size).list();
            return new Page<>(summaries(found), total);
        });
    }

    private List<PlanSummary> summaries(List<PaymentPlan> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Object[]>> totals = new HashMap<>();
        for (Object[] row : installments.totalsOfPlans(page.stream().map(p -> p.id).toList())) {
            totals.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(row);
        }
        return page.stream().map(plan -> summary(plan, totals.getOrDefault(plan.id, List.of()))).toList();
    }

    private static PlanSummary summary(PaymentPlan plan, List<Object[]> rows) {
        Map<InstallmentStatus, Integer> counts = new EnumMap<>(InstallmentStatus.class);
        BigDecimal paid = Money.ZERO;
        BigDecimal outstanding = Money.ZERO;
        LocalDate nextDue = null;
        for (Object[] row : rows) {
            InstallmentStatus status = (InstallmentStatus) row[1];
            counts.put(status, ((Long) row[2]).intValue());
            BigDecimal amount = (BigDecimal) row[3];
            BigDecimal paidOn = (BigDecimal) row[4];
            paid = paid.add(paidOn);
            if (status.isOpen()) {
                outstanding = outstanding.add(amount.subtract(paidOn));
                LocalDate due = (LocalDate) row[5];
                nextDue = nextDue == null || (due != null && due.isBefore(nextDue)) ? due : nextDue;
            }
        }
        int all = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new PlanSummary(plan, all, counts.getOrDefault(InstallmentStatus.PENDING, 0),
                counts.getOrDefault(InstallmentStatus.DUE, 0), counts.getOrDefault(InstallmentStatus.PARTIALLY_PAID, 0),
                counts.getOrDefault(InstallmentStatus.PAID, 0), paid, outstanding, nextDue);
    }

    /** A page of results and the size of the whole set. */
    public record Page<T>(List<T> items, long total) {
    }

    private static void checkShape(NewPlan request) {
        List<FieldViolation> violations = new ArrayList<>();
        if ((request.contractId() == null) == (request.projectId() == null)) {
            violations.add(new FieldViolation("contractId", "give exactly one of contractId and projectId"));
        }
        int sources = (request.template() != null ? 1 : 0) + (request.installments() != null ? 1 : 0)
                + (request.recurring() != null ? 1 : 0);
        if (sources > 1) {
            violations.add(new FieldViolation("template", "give at most one of template, installments and recurring"));
        }
        if (request.template() != null && PlanTemplate.byCode(request.template()).isEmpty()) {
            violations.add(new FieldViolation("template", "must be one of " + PlanTemplate.codes()));
        }
        if (request.projectId() != null && request.contractId() == null && request.value() == null) {
            violations.add(new FieldViolation("value", "is required for a plan without a contract"));
        }
        if (request.installments() != null) {
            violations.addAll(checkInstallmentShape(request.installments()));
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.badRequest(violations);
        }
    }

    /** Either every installment has a percent or every one has an amount. */
    static List<FieldViolation> checkInstallmentShape(List<RequestedInstallment> requested) {
        boolean allPercent = requested.stream().allMatch(i -> i.percent() != null && i.amount() == null);
        boolean allAmount = requested.stream().allMatch(i -> i.amount() != null && i.percent() == null);
        if (!allPercent && !allAmount) {
            return List.of(new FieldViolation("installments",
                    "give a percent for every installment or an amount for every installment"));
        }
        return List.of();
    }

    private static void checkContract(ContractView contract) {
        if (contract.status() != null && CLOSED_CONTRACT_STATES.contains(contract.status().toUpperCase(Locale.ROOT))) {
            throw ApiProblem.businessRule(RuleNames.CONTRACT_NOT_ACTIVE, "contractId",
                    "contract " + contract.id() + " is " + contract.status());
        }
        if (contract.currency() != null && !Money.CURRENCY.equals(contract.currency())) {
            throw ApiProblem.businessRule(RuleNames.CURRENCY, "contractId", "only CNY contracts are planned here");
        }
        if (contract.value() == null || contract.value().signum() < 0) {
            throw ApiProblem.businessRule(RuleNames.CONTRACT_VALUE, "contractId", "the contract has no value");
        }
    }

    private Draft draft(NewPlan request, ProjectView project, ContractView contract) {
        int fiscalYear = project.fiscalYear();
        BigDecimal value = request.value() != null ? PaymentAmounts.exact(request.value())
                : contract != null ? PaymentAmounts.exact(contract.value()) : null;
        if (contract != null && value.compareTo(contract.value()) > 0) {
            throw ApiProblem.businessRule(RuleNames.PLAN_EXCEEDS_CONTRACT, "value",
                    "the plan value " + value.toPlainString() + " exceeds the contract value "
                            + contract.value().toPlainString());
        }
        LocalDate periodStart = contract != null ? contract.periodStart() : project.periodStart();
        LocalDate periodEnd = contract != null ? contract.periodEnd() : project.periodEnd();

        if (request.recurring() != null) {
            Recurring recurring = request.recurring();
            LocalDate start = firstNonNull(recurring.periodStart(), periodStart, LocalDate.of(fiscalYear, 1, 1));
            LocalDate end = firstNonNull(recurring.periodEnd(), periodEnd, LocalDate.of(fiscalYear, 12, 31));
            return new Draft(project, contract, value, PlanKind.RECURRING, PlanSource.REQUEST, null,
                    recurring.recurrence(), null,
                    drafts.recurring(value, start, end, recurring.recurrence(), null), start, end);
        }
        if (request.template() != null) {
            PlanTemplate template = PlanTemplate.byCode(request.template()).orElseThrow();
            List<DraftInstallment> planned = drafts.fromTemplate(value, template, fiscalYear);
            return new Draft(project, contract, value, kindOf(planned), PlanSource.TEMPLATE, template.code(), null,
                    null, planned, periodStart, periodEnd);
        }
        if (request.installments() != null) {
            List<InstallmentSpec> specs = request.installments().stream().map(RequestedInstallment::spec).toList();
            List<DraftInstallment> planned;
            if (request.installments().get(0).percent() != null) {
                planned = drafts.fromSpecs(value, specs, fiscalYear);
            } else {
                planned = drafts.fromAmounts(request.installments().stream().map(RequestedInstallment::amount).toList(),
                        specs, fiscalYear);
                BigDecimal sum = sum(planned);
                if (value != null && request.value() != null && sum.compareTo(value) != 0) {
                    throw ApiProblem.businessRule(RuleNames.AMOUNTS_SUM, "installments",
                            "the installments sum to " + sum.toPlainString() + ", not the plan value "
                                    + value.toPlainString());
                }
                if (contract != null && sum.compareTo(contract.value()) > 0) {
                    throw ApiProblem.businessRule(RuleNames.PLAN_EXCEEDS_CONTRACT, "installments",
                            "the installments sum to " + sum.toPlainString() + ", more than the contract value "
                                    + contract.value().toPlainString());
                }
                value = sum;
            }
            return new Draft(project, contract, value, kindOf(planned), PlanSource.REQUEST, null, null, null, planned,
                    periodStart, periodEnd);
        }
        return fromTerms(project, contract, value, periodStart, periodEnd);
    }

    /** The plan the project's parsed payment clause describes. */
    private Draft fromTerms(ProjectView project, ContractView contract, BigDecimal value, LocalDate periodStart,
            LocalDate periodEnd) {
        PaymentTermsView terms = project.paymentTerms();
        String kind = terms == null || terms.kind() == null ? "UNSPECIFIED" : terms.kind();
        int fiscalYear = project.fiscalYear();
        switch (kind) {
            case "INSTALLMENTS", "LUMP_SUM" -> {
                if (terms.installments() == null || terms.installments().isEmpty()) {
                    throw ApiProblem.businessRule(RuleNames.TERMS_UNSPECIFIED,
                            "the project's payment terms list no installments; give installments or a template");
                }
                List<InstallmentSpec> specs = terms.installments().stream()
                        .map(i -> new InstallmentSpec(i.percent(), parseTrigger(i.trigger()), i.serviceMonths(),
                                i.dueDate(), i.clauseText()))
                        .toList();
                List<DraftInstallment> planned = drafts.fromSpecs(value, specs, fiscalYear);
                return new Draft(project, contract, value, kindOf(planned), PlanSource.PROJECT_TERMS, null, null,
                        terms.clauseText(), planned, periodStart, periodEnd);
            }
            case "RECURRING" -> {
                Recurrence recurrence = Recurrence.MONTHLY;
                if (terms.recurrence() != null) {
                    try {
                        recurrence = Recurrence.valueOf(terms.recurrence());
                    } catch (IllegalArgumentException e) {
                        throw ApiProblem.businessRule(RuleNames.TERMS_UNSUPPORTED,
                                "the project's payment terms name an unknown recurrence " + terms.recurrence());
                    }
                }
                LocalDate start = firstNonNull(periodStart, LocalDate.of(fiscalYear, 1, 1));
                LocalDate end = firstNonNull(periodEnd, LocalDate.of(fiscalYear, 12, 31));
                return new Draft(project, contract, value, PlanKind.RECURRING, PlanSource.PROJECT_TERMS, null,
                        recurrence, terms.clauseText(),
                        drafts.recurring(value, start, end, recurrence, terms.clauseText()), start, end);
            }
            default -> throw ApiProblem.businessRule(RuleNames.TERMS_UNSPECIFIED,
                    "the project's payment clause sets no schedule (" + (terms == null ? "none"
                            : terms.clauseText()) + "); give installments or a template from the signed contract");
        }
    }

    private static Trigger parseTrigger(String trigger) {
        try {
            return Trigger.valueOf(trigger);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiProblem.businessRule(RuleNames.TERMS_UNSUPPORTED,
                    "the project's payment terms name an unknown trigger " + trigger
                            + "; give installments or a template");
        }
    }

    private static PlanKind kindOf(List<DraftInstallment> planned) {
        return planned.size() == 1 ? PlanKind.LUMP_SUM : PlanKind.INSTALLMENTS;
    }

    private PlanView store(Draft draft) {
        ProjectView project = draft.project();
        ContractView contract = draft.contract();
        BigDecimal ceiling;
        if (contract != null) {
            if (plans.findByContract(contract.id()).isPresent()) {
                throw ApiProblem.conflict("plan-exists", "contract " + contract.id() + " already has a payment plan");
            }
            ceiling = PaymentAmounts.exact(contract.value());
        } else {
            plans.lockProjectBudget(project.id());
            BigDecimal remaining = Money.rounded(project.amount()).subtract(plans.scheduledForProject(project.id()));
            if (draft.value().compareTo(remaining) > 0) {
                throw ApiProblem.businessRule(RuleNames.PLAN_EXCEEDS_BUDGET, "value",
                        "the plan value " + draft.value().toPlainString() + " exceeds the project's remaining budget "
                                + remaining.toPlainString());
            }
            ceiling = remaining;
        }

        PaymentPlan plan = new PaymentPlan();
        plan.projectId = project.id();
        plan.projectCode = project.code();
        plan.projectName = project.name();
        plan.fiscalYear = project.fiscalYear();
        plan.departmentCode = project.departmentCode() != null ? project.departmentCode() : "";
        if (contract != null) {
            plan.contractId = contract.id();
            plan.category = parse(Category.class, contract.category(), "category");
            if (contract.supplier() != null) {
                plan.supplierId = contract.supplier().id();
                plan.supplierName = contract.supplier().name();
                plan.supplierCreditCode = contract.supplier().creditCode();
            }
            plan.supplierSize = parse(SupplierSize.class, contract.supplierSizeAtSigning(), "supplierSizeAtSigning");
            plan.contractValue = PaymentAmounts.exact(contract.value());
            plan.paymentTermDays = contract.paymentTermDays();
            plan.lateDailyRate = contract.latePaymentDailyRate();
            plan.signedDate = contract.signedDate();
        }
        plan.ceiling = ceiling;
        plan.planValue = draft.value();
        plan.periodStart = draft.periodStart();
        plan.periodEnd = draft.periodEnd();
        plan.kind = draft.kind();
        plan.recurrence = draft.recurrence();
        plan.source = draft.source();
        plan.templateCode = draft.templateCode();
        plan.clauseText = draft.clauseText();
        plans.persist(plan);

        List<Installment> stored = new ArrayList<>();
        for (DraftInstallment planned : draft.installments()) {
            stored.add(newInstallment(plan, planned, planned.sequence()));
        }
        return new PlanView(plan, stored);
    }

    /**
     * A stored installment for a drafted one. Fixed-date installments are payable at once; an installment on
     * contract signing is payable at once when procurement-service knows the signing date.
     */
    Installment newInstallment(PaymentPlan plan, DraftInstallment planned, int sequence) {
        Installment installment = new Installment();
        installment.plan = plan;
        installment.sequence = sequence;
        installment.projectId = plan.projectId;
        installment.projectCode = plan.projectCode;
        installment.projectName = plan.projectName;
        installment.contractId = plan.contractId;
        installment.supplierId = plan.supplierId;
        installment.supplierName = plan.supplierName;
        installment.supplierSize = plan.supplierSize;
        installment.category = plan.category;
        installment.fiscalYear = plan.fiscalYear;
        installment.percent = planned.percent();
        installment.amount = planned.amount();
        installment.estimated = planned.estimated();
        installment.trigger = planned.trigger();
        installment.serviceMonths = planned.serviceMonths();
        installment.fixedDate = planned.fixedDate();
        installment.fiscalClose = planned.fiscalClose();
        installment.periodStart = planned.periodStart();
        installment.periodEnd = planned.periodEnd();
        installment.clauseText = planned.clauseText();
        installment.status = InstallmentStatus.PENDING;
        if (planned.trigger() == Trigger.FIXED_DATE) {
            rules.makePayable(installment, plan, null);
        }
        boolean signed = planned.trigger() == Trigger.CONTRACT_SIGNED && plan.signedDate != null;
        if (signed) {
            rules.makePayable(installment, plan, plan.signedDate);
        }
        installments.persist(installment);
        if (signed) {
            InstallmentEvent event = new InstallmentEvent();
            event.installment = installment;
            event.trigger = Trigger.CONTRACT_SIGNED;
            event.eventDate = plan.signedDate;
            event.evidenceRef = "procurement-service contract " + plan.contractId + " signed " + plan.signedDate;
            event.persist();
        }
        return installment;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.businessRule(RuleNames.CONTRACT_UNSUPPORTED, "contractId",
                    "procurement-service gave an unknown " + field + " " + value);
        }
    }

    private static BigDecimal sum(List<DraftInstallment> planned) {
        return planned.stream().map(DraftInstallment::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
