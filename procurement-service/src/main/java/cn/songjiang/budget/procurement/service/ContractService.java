package cn.songjiang.budget.procurement.service;

import cn.songjiang.budget.procurement.client.Project;
import cn.songjiang.budget.procurement.client.ProjectsClient;
import cn.songjiang.budget.procurement.config.PaymentTermsConfig;
import cn.songjiang.budget.procurement.domain.Contract;
import cn.songjiang.budget.procurement.domain.ContractAmendment;
import cn.songjiang.budget.procurement.domain.ContractStatus;
import cn.songjiang.budget.procurement.domain.RuleNames;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.procurement.domain.PlanStatus;
import cn.songjiang.budget.procurement.domain.ProcurementPlan;
import cn.songjiang.budget.procurement.domain.SmeReservation;
import cn.songjiang.budget.procurement.domain.Supplier;
import cn.songjiang.budget.procurement.repository.ContractAmendmentRepository;
import cn.songjiang.budget.procurement.repository.ContractRepository;
import cn.songjiang.budget.procurement.repository.ProcurementBudgetRepository;
import cn.songjiang.budget.procurement.repository.ProcurementPlanRepository;
import cn.songjiang.budget.procurement.repository.SupplierRepository;
import cn.songjiang.budget.support.persistence.RevisionHistory;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.security.CurrentUser;
import cn.songjiang.budget.support.security.Roles;
import cn.songjiang.budget.support.web.ETags;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * Contracts awarded from plans: the value stays within the plan unless an admin approves the excess with a
 * reason; the supplier's size is frozen at signing; the payment term follows 保障中小企业款项支付条例; value and
 * dates change only by a reasoned amendment that keeps the values before and after.
 */
@ApplicationScoped
public class ContractService {

    /** A contract as requested; the value in 元, the late-payment rate as a fraction per day. */
    public record NewContract(long planId, long supplierId, String title, BigDecimal value, LocalDate signedDate,
            LocalDate periodStart, LocalDate periodEnd, Integer paymentTermDays, BigDecimal latePaymentDailyRate,
            String valueOverPlanReason, boolean linkProjectPaymentTerms) {
    }

    /** An amendment: the reason and the new value and/or dates (null keeps the current one). */
    public record Amendment(String reason, BigDecimal value, LocalDate periodStart, LocalDate periodEnd,
            String valueOverPlanReason) {
    }

    private final ContractRepository contracts;
    private final RevisionHistory history;
    private final ContractAmendmentRepository amendments;
    private final ProcurementPlanRepository plans;
    private final ProcurementBudgetRepository budgets;
    private final SupplierRepository suppliers;
    private final ProjectsClient projects;
    private final SecurityIdentity caller;
    private final PaymentTermPolicy paymentTerms;

    public ContractService(ContractRepository contracts, ContractAmendmentRepository amendments,
            ProcurementPlanRepository plans, ProcurementBudgetRepository budgets, SupplierRepository suppliers,
            ProjectsClient projects, SecurityIdentity caller, PaymentTermsConfig paymentTermsConfig,
            RevisionHistory history) {
        this.contracts = contracts;
        this.history = history;
        this.amendments = amendments;
        this.plans = plans;
        this.budgets = budgets;
        this.suppliers = suppliers;
        this.projects = projects;
        this.caller = caller;
        this.paymentTerms = new PaymentTermPolicy(paymentTermsConfig.rules());
    }

    /**
     * Awards a contract on a plan that is TENDERING (it becomes AWARDED) or already AWARDED (another lot).
     * projects-service is asked only when the contract links the project's payment terms.
     */
    public Contract create(NewContract request) {
        if (request.linkProjectPaymentTerms()) {
            long projectId = plans.findByIdOptional(request.planId()).map(p -> p.projectId)
                    .orElseThrow(() -> missingPlan(request.planId()));
            Project project = projects.project(projectId)
                    .orElseThrow(() -> ApiProblem.businessRule(RuleNames.PROJECT_MUST_EXIST, "planId",
                            "projects-service no longer has project " + projectId + " of plan " + request.planId()));
            if (!project.hasPaymentTerms()) {
                throw ApiProblem.businessRule(RuleNames.PROJECT_PAYMENT_TERMS_MUST_EXIST, "linkProjectPaymentTerms",
                        "project " + project.code() + " has no parsed payment terms to link");
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> store(request));
    }

    private Contract store(NewContract request) {
        ProcurementPlan plan = plans.findByIdOptional(request.planId()).orElseThrow(() -> missingPlan(request.planId()));
        budgets.lock(plan.budget);
        Supplier supplier = suppliers.findByIdOptional(request.supplierId())
                .orElseThrow(() -> ApiProblem.businessRule(RuleNames.CONTRACT_SUPPLIER_MUST_EXIST, "supplierId",
                        "there is no supplier " + request.supplierId()));
        if (!EnumSet.of(PlanStatus.TENDERING, PlanStatus.AWARDED).contains(plan.status)) {
            throw ApiProblem.businessRule(RuleNames.PLAN_MUST_BE_TENDERING, "planId", "plan " + plan.id + " is "
                    + plan.status + "; a contract is awarded on a TENDERING (or already AWARDED) plan");
        }
        if (plan.smeReservation == SmeReservation.WHOLE && !supplier.size.isSme()) {
            // 财库〔2020〕46号 第七条/第八条: a plan reserved entirely for SMEs is open to SMEs only.
            throw ApiProblem.businessRule(RuleNames.RESERVED_PLAN_NEEDS_SME, "supplierId", "plan " + plan.id
                    + " is reserved entirely for SMEs, and supplier " + supplier.id + " is " + supplier.size);
        }
        checkPeriod(request.periodStart(), request.periodEnd());
        int days = paymentTerms.agreedDays(request.paymentTermDays(), supplier.size);
        BigDecimal rate = paymentTerms.agreedLatePaymentDailyRate(request.latePaymentDailyRate(), supplier.size);
        String overPlanReason = checkWithinPlan(plan, null, request.value(), request.valueOverPlanReason());

        Contract contract = new Contract();
        contract.plan = plan;
        contract.supplier = supplier;
        contract.projectId = plan.projectId;
        contract.projectCode = plan.projectCode;
        contract.category = plan.category;
        contract.title = request.title() == null || request.title().isBlank() ? plan.title : request.title().strip();
        contract.supplierSizeAtSigning = supplier.size;
        contract.value = Money.exact(request.value());
        contract.originalValue = contract.value;
        contract.signedDate = request.signedDate();
        contract.periodStart = request.periodStart();
        contract.periodEnd = request.periodEnd();
        contract.paymentTermDays = days;
        contract.latePaymentDailyRate = rate;
        contract.valueOverPlanReason = overPlanReason;
        contract.valueOverPlanApprovedBy = overPlanReason == null ? null : CurrentUser.name();
        contract.projectPaymentTermsLinked = request.linkProjectPaymentTerms();
        contract.status = ContractStatus.ACTIVE;
        contracts.persist(contract);
        if (plan.status == PlanStatus.TENDERING) {
            plan.status = PlanStatus.AWARDED;
        }
        contracts.flush();
        return contract;
    }

    /**
     * Checks that the plan's contracts, with this one at {@code value}, stay within the plan. Above it an admin
     * must approve with a reason; returns that reason (null when within the plan).
     */
    private String checkWithinPlan(ProcurementPlan plan, Long contractId, BigDecimal value, String reason) {
        String overPlanReason = ProcurementPlanService.blankToNull(reason);
        BigDecimal others = contracts.awardedOnPlan(plan.id, contractId);
        boolean over = others.add(value).compareTo(plan.amount) > 0;
        if (over && (overPlanReason == null || !caller.hasRole(Roles.ADMIN))) {
            throw ApiProblem.businessRule(RuleNames.CONTRACT_WITHIN_PLAN, "value", "the contracts on plan " + plan.id
                    + " would total " + others.add(value).toPlainString() + " 元, above the planned "
                    + plan.amount.toPlainString() + " 元; only an admin can approve the excess, with valueOverPlanReason");
        }
        if (!over && overPlanReason != null) {
            throw ApiProblem.badRequest("valueOverPlanReason", "only for a value above the plan");
        }
        return over ? overPlanReason : null;
    }

    private static void checkPeriod(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw ApiProblem.businessRule(RuleNames.CONTRACT_PERIOD_ORDER, "periodEnd",
                    "the period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    private static ApiProblem missingPlan(long planId) {
        return ApiProblem.businessRule(RuleNames.CONTRACT_PLAN_MUST_EXIST, "planId", "there is no procurement plan " + planId);
    }

    public Contract get(long id) {
        return contracts.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Contract", id));
    }

    public PageResponse<Contract> search(Long projectId, Long supplierId, Long planId, ContractStatus status,
            PageRequest page) {
        PanacheQuery<Contract> query = contracts.search(projectId, supplierId, planId, status, page);
        return PageResponse.of(query.list(), page, query.count());
    }

    /** Changes value and/or dates of an ACTIVE contract, recording the reason and both values. */
    @Transactional
    public ContractAmendment amend(long id, String ifMatch, Amendment change) {
        Contract contract = get(id);
        ETags.check(ifMatch, contract.version);
        if (contract.status != ContractStatus.ACTIVE) {
            throw ApiProblem.conflict(RuleNames.CONTRACT_AMENDABLE_ONLY_WHEN_ACTIVE,
                    "Contract " + id + " is " + contract.status + " and can no longer be amended");
        }
        BigDecimal value = change.value() == null ? contract.value : Money.exact(change.value());
        LocalDate start = change.periodStart() == null ? contract.periodStart : change.periodStart();
        LocalDate end = change.periodEnd() == null ? contract.periodEnd : change.periodEnd();
        if (value.compareTo(contract.value) == 0 && start.equals(contract.periodStart)
                && end.equals(contract.periodEnd)) {
            throw ApiProblem.businessRule(RuleNames.AMENDMENT_NEEDS_CHANGE,
                    "the amendment changes neither the value nor the dates of contract " + id);
        }
        checkPeriod(start, end);
        String overPlanReason = null;
        if (value.compareTo(contract.value) != 0 || change.valueOverPlanReason() != null) {
            budgets.lock(contract.plan.budget);
            overPlanReason = checkWithinPlan(contract.plan, contract.id, value, change.valueOverPlanReason());
        }

        ContractAmendment amendment = new ContractAmendment();
        amendment.contract = contract;
        amendment.sequence = contract.amendmentCount + 1;
        amendment.reason = change.reason().strip();
        amendment.previousValue = contract.value;
        amendment.newValue = value;
        amendment.previousPeriodStart = contract.periodStart;
        amendment.newPeriodStart = start;
        amendment.previousPeriodEnd = contract.periodEnd;
        amendment.newPeriodEnd = end;
        amendment.valueOverPlanReason = overPlanReason;
        amendments.persist(amendment);

        contract.value = value;
        contract.periodStart = start;
        contract.periodEnd = end;
        contract.amendmentCount = amendment.sequence;
        if (overPlanReason != null) {
            contract.valueOverPlanReason = overPlanReason;
            contract.valueOverPlanApprovedBy = CurrentUser.name();
        }
        contracts.flush();
        return amendment;
    }

    /** Every revision of the contract (award, amendments, status changes), oldest first. */
    public List<RevisionHistory.Revision<Contract>> history(long id) {
        get(id);
        return history.of(Contract.class, id);
    }

    public List<ContractAmendment> amendments(long contractId) {
        get(contractId);
        return amendments.ofContract(contractId);
    }

    /** Completes or terminates an ACTIVE contract, with the reason (409 for any other step). */
    @Transactional
    public Contract changeStatus(long id, String ifMatch, ContractStatus target, String reason) {
        Contract contract = get(id);
        ETags.check(ifMatch, contract.version);
        if (!contract.status.canMoveTo(target)) {
            throw ApiProblem.conflict(RuleNames.CONTRACT_STATUS_TRANSITION, "Contract " + id + " is " + contract.status
                    + " and cannot become " + target + "; allowed next: " + contract.status.next());
        }
        contract.status = target;
        contract.statusReason = reason.strip();
        contracts.flush();
        return contract;
    }
}
