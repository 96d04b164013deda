package cn.songjiang.budget.procurement.service;

import cn.songjiang.budget.procurement.client.Project;
import cn.songjiang.budget.procurement.client.ProjectsClient;
import cn.songjiang.budget.procurement.domain.RuleNames;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.procurement.domain.PlanStatus;
import cn.songjiang.budget.procurement.domain.ProcurementBudget;
import cn.songjiang.budget.procurement.domain.ProcurementCategory;
import cn.songjiang.budget.procurement.domain.ProcurementMethod;
import cn.songjiang.budget.procurement.domain.ProcurementPlan;
import cn.songjiang.budget.procurement.domain.SmeReservation;
import cn.songjiang.budget.procurement.repository.ContractRepository;
import cn.songjiang.budget.procurement.repository.ProcurementBudgetRepository;
import cn.songjiang.budget.procurement.repository.ProcurementPlanRepository;
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
import java.util.List;

/**
 * Procurement plans: what a project will buy. A new plan must name a project projects-service knows, stay
 * within the project's budget and within its category's declared procurement budget (an admin may confirm an
 * overrun with a reason); then it moves through its statuses one allowed step at a time.
 */
@ApplicationScoped
public class ProcurementPlanService {

    /** A plan as requested; amounts in 元. */
    public record NewPlan(long projectId, String title, ProcurementCategory category, ProcurementMethod method,
            BigDecimal amount, SmeReservation smeReservation, BigDecimal smeReservedAmount,
            BigDecimal smallMicroReservedAmount, String smeExemptionReason, String categoryOverrunReason) {
    }

    private record Reserve(BigDecimal sme, BigDecimal smallMicro) {
    }

    private final ProcurementPlanRepository plans;
    private final RevisionHistory history;
    private final ProcurementBudgetRepository budgets;
    private final ContractRepository contracts;
    private final ProjectsClient projects;
    private final SecurityIdentity caller;

    public ProcurementPlanService(ProcurementPlanRepository plans, ProcurementBudgetRepository budgets,
            ContractRepository contracts, ProjectsClient projects, SecurityIdentity caller, RevisionHistory history) {
        this.plans = plans;
        this.history = history;
        this.budgets = budgets;
        this.contracts = contracts;
        this.projects = projects;
        this.caller = caller;
    }

    /**
     * Creates a plan. The project is asked of projects-service before any transaction opens; when it cannot
     * answer, the request ends in 503 and nothing is stored.
     */
    public ProcurementPlan create(NewPlan request) {
        Reserve reserve = reserve(request);
        Project project = projects.project(request.projectId())
                .orElseThrow(() -> ApiProblem.businessRule(RuleNames.PROJECT_MUST_EXIST, "projectId",
                        "projects-service has no project " + request.projectId()));
        return QuarkusTransaction.requiringNew().call(() -> store(request, reserve, project));
    }

    private ProcurementPlan store(NewPlan request, Reserve reserve, Project project) {
        ProcurementBudget budget = budgets.findByDepartmentAndYear(project.departmentCode(), project.fiscalYear())
                .orElseThrow(() -> ApiProblem.businessRule(RuleNames.PROCUREMENT_BUDGET_MUST_EXIST, "projectId",
                        "project " + project.code() + " belongs to department " + project.departmentCode() + ", "
                                + project.fiscalYear() + ", which has no procurement budget yet"));
        budgets.lock(budget);

        BigDecimal projectBudget = Money.orZero(project.amount());
        BigDecimal plannedForProject = plans.plannedForProject(project.id());
        if (plannedForProject.add(request.amount()).compareTo(projectBudget) > 0) {
            throw ApiProblem.businessRule(RuleNames.PROJECT_BUDGET, "amount", "the plans of project " + project.code()
                    + " would total " + plannedForProject.add(request.amount()).toPlainString() + " 元, above its budget of "
                    + projectBudget.toPlainString() + " 元 (" + plannedForProject.toPlainString() + " 元 planned already)");
        }

        String overrunReason = blankToNull(request.categoryOverrunReason());
        boolean overrun = false;
        if (request.method().isGovernmentProcurement()) {
            BigDecimal declared = budget.declared(request.category());
            BigDecimal planned = plans.plannedInCategory(budget.id, request.category());
            overrun = planned.add(request.amount()).compareTo(declared) > 0;
            if (overrun && (overrunReason == null || !caller.hasRole(Roles.ADMIN))) {
                throw ApiProblem.businessRule(RuleNames.CATEGORY_BUDGET, "amount", request.category() + " plans would total "
                        + planned.add(request.amount()).toPlainString() + " 元, above the declared "
                        + request.category().label() + " budget of " + declared.toPlainString() + " 元 ("
                        + planned.toPlainString() + " 元 planned already); only an admin can confirm an overrun, "
                        + "with categoryOverrunReason");
            }
        }
        if (!overrun && overrunReason != null) {
            throw ApiProblem.badRequest("categoryOverrunReason",
                    "only for a plan that takes its category above the declared budget");
        }

        ProcurementPlan plan = new ProcurementPlan();
        plan.budget = budget;
        plan.projectId = project.id();
        plan.projectCode = project.code();
        plan.title = request.title().strip();
        plan.category = request.category();
        plan.method = request.method();
        plan.amount = Money.exact(request.amount());
        plan.smeReservation = request.smeReservation();
        plan.smeReserved = Money.exact(reserve.sme());
        plan.smallMicroReserved = Money.exact(reserve.smallMicro());
        plan.smeExemptionReason = blankToNull(request.smeExemptionReason());
        plan.overrunReason = overrun ? overrunReason : null;
        plan.overrunConfirmedBy = overrun ? CurrentUser.name() : null;
        plan.status = PlanStatus.DRAFT;
        plans.persistAndFlush(plan);
        return plan;
    }

    /** The SME reserve a request asks for, checked for shape before anything else is asked. */
    private static Reserve reserve(NewPlan request) {
        BigDecimal amount = request.amount();
        BigDecimal smallMicro = request.smallMicroReservedAmount() == null ? Money.ZERO
                : request.smallMicroReservedAmount();
        BigDecimal sme = switch (request.smeReservation()) {
            case NONE -> {
                if (request.smeReservedAmount() != null && request.smeReservedAmount().signum() != 0) {
                    throw ApiProblem.badRequest("smeReservedAmount", "must be left out when smeReservation is NONE");
                }
                yield Money.ZERO;
            }
            case WHOLE -> {
                if (request.smeReservedAmount() != null && request.smeReservedAmount().compareTo(amount) != 0) {
                    throw ApiProblem.badRequest("smeReservedAmount",
                            "must be left out or equal the amount when smeReservation is WHOLE");
                }
                yield amount;
            }
            case SHARE -> {
                if (request.smeReservedAmount() == null || request.smeReservedAmount().signum() <= 0) {
                    throw ApiProblem.badRequest("smeReservedAmount", "is required and above 0 when smeReservation is SHARE");
                }
                if (request.smeReservedAmount().compareTo(amount) > 0) {
                    throw ApiProblem.businessRule(RuleNames.SME_RESERVE_WITHIN_PLAN, "smeReservedAmount",
                            "the SME reserve " + request.smeReservedAmount().toPlainString()
                                    + " 元 is larger than the plan's amount " + amount.toPlainString() + " 元");
                }
                yield request.smeReservedAmount();
            }
        };
        if (!request.method().isGovernmentProcurement() && request.smeReservation() != SmeReservation.NONE) {
            throw ApiProblem.badRequest("smeReservation",
                    "must be NONE for spending that is not government procurement (method NOT_APPLICABLE)");
        }
        if (smallMicro.compareTo(sme) > 0) {
            throw ApiProblem.businessRule(RuleNames.SME_RESERVE_WITHIN_PLAN, "smallMicroReservedAmount",
                    "the small/micro reserve " + smallMicro.toPlainString() + " 元 is larger than the SME reserve "
                            + sme.toPlainString() + " 元 it is part of");
        }
        return new Reserve(sme, smallMicro);
    }

    public ProcurementPlan get(long id) {
        return plans.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Procurement plan", id));
    }

    /** Every revision of the plan (creation, status changes), oldest first. */
    public List<RevisionHistory.Revision<ProcurementPlan>> history(long id) {
        get(id);
        return history.of(ProcurementPlan.class, id);
    }

    public BigDecimal awarded(ProcurementPlan plan) {
        return contracts.awardedOnPlan(plan.id, null);
    }

    public PageResponse<ProcurementPlan> search(Long budgetId, Long projectId, ProcurementCategory category,
            PlanStatus status, PageRequest page) {
        PanacheQuery<ProcurementPlan> query = plans.search(budgetId, projectId, category, status, page);
        return PageResponse.of(query.list(), page, query.count());
    }

    /**
     * Moves a plan one allowed step (409 otherwise). A plan becomes AWARDED only by signing a contract on it,
     * and a cancellation says why.
     */
    @Transactional
    public ProcurementPlan changeStatus(long id, String ifMatch, PlanStatus target, String reason) {
        ProcurementPlan plan = get(id);
        ETags.check(ifMatch, plan.version);
        if (target == PlanStatus.AWARDED) {
            throw ApiProblem.businessRule(RuleNames.PLAN_AWARDED_BY_CONTRACT, "status",
                    "a plan becomes AWARDED when a contract is awarded on it (POST /api/v1/contracts)");
        }
        if (!plan.status.canMoveTo(target)) {
            throw ApiProblem.conflict(RuleNames.PLAN_STATUS_TRANSITION, "Plan " + id + " is " + plan.status
                    + " and cannot become " + target + "; allowed next: " + plan.status.next());
        }
        if (target == PlanStatus.CANCELLED && blankToNull(reason) == null) {
            throw ApiProblem.badRequest("reason", "is required to cancel a plan");
        }
        plan.status = target;
        plan.statusReason = blankToNull(reason);
        plans.flush();
        return plan;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
