package cn.songjiang.budget.projects.service;

import cn.songjiang.budget.projects.config.ImportConfig;
import cn.songjiang.budget.projects.domain.BudgetDocument;
import cn.songjiang.budget.projects.domain.BudgetFinding;
import cn.songjiang.budget.projects.domain.DepartmentBudget;
import cn.songjiang.budget.projects.domain.EconomicExpenditureLine;
import cn.songjiang.budget.projects.domain.FindingStatus;
import cn.songjiang.budget.projects.domain.FunctionalExpenditureLine;
import cn.songjiang.budget.projects.domain.PaymentInstallment;
import cn.songjiang.budget.projects.domain.PerformanceTarget;
import cn.songjiang.budget.projects.domain.Project;
import cn.songjiang.budget.projects.domain.ProjectAmountPart;
import cn.songjiang.budget.projects.domain.RecurringPaymentItem;
import cn.songjiang.budget.projects.domain.RevenueSourceLine;
import cn.songjiang.budget.projects.domain.RuleNames;
import cn.songjiang.budget.projects.domain.TargetOrigin;
import cn.songjiang.budget.projects.repository.BudgetDocumentRepository;
import cn.songjiang.budget.projects.repository.BudgetFindingRepository;
import cn.songjiang.budget.projects.repository.DepartmentBudgetRepository;
import cn.songjiang.budget.projects.repository.ProjectRepository;
import cn.songjiang.budget.projects.service.importing.BudgetDocumentParseException;
import cn.songjiang.budget.projects.service.importing.BudgetDocumentParser;
import cn.songjiang.budget.projects.service.importing.DepartmentInfo;
import cn.songjiang.budget.projects.service.importing.EconomicExpenditureRow;
import cn.songjiang.budget.projects.service.importing.Finding;
import cn.songjiang.budget.projects.service.importing.FunctionalExpenditureRow;
import cn.songjiang.budget.projects.service.importing.ParsedBudgetDocument;
import cn.songjiang.budget.projects.service.importing.ParsedPaymentTerms;
import cn.songjiang.budget.projects.service.importing.ParsedProject;
import cn.songjiang.budget.projects.service.importing.ParsedTarget;
import cn.songjiang.budget.projects.service.importing.RevenueBudget;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.problem.FieldViolation;
import cn.songjiang.budget.support.web.PageRequest;
import cn.songjiang.budget.support.web.PageResponse;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Imports a budget document whole or not at all: the text is parsed and reconciled before anything is written,
 * the same text imported again answers the earlier import, and a different document for a department and year
 * that already has one is refused.
 */
@ApplicationScoped
public class BudgetImportService {

    /** An import: the document, whether this call created it, and its counts. */
    public record ImportResult(BudgetDocument document, boolean created, long projectCount, long findingCount,
            long openFindingCount) {
    }

    /** A department code: a capital letter, then 1 to 19 capital letters or digits (SJZWFW). */
    public static final String DEPARTMENT_CODE_PATTERN = "^[A-Z][A-Z0-9]{1,19}$";
    private static final Pattern DEPARTMENT_CODE = Pattern.compile(DEPARTMENT_CODE_PATTERN);
    private static final String DEPARTMENT_CODE_RULE = "must be 2 to 20 capital letters or digits, starting with a "
            + "letter, such as SJZWFW";

    private final BudgetDocumentParser parser;
    private final BudgetDocumentRepository documents;
    private final DepartmentBudgetRepository budgets;
    private final ProjectRepository projects;
    private final BudgetFindingRepository findings;
    private final EntityManager em;

    public BudgetImportService(ImportConfig config, BudgetDocumentRepository documents,
            DepartmentBudgetRepository budgets, ProjectRepository projects, BudgetFindingRepository findings,
            EntityManager em) {
        Map<String, String> codeByName = new HashMap<>();
        config.departments().forEach((code, name) -> codeByName.put(name, code));
        this.parser = new BudgetDocumentParser(codeByName);
        this.documents = documents;
        this.budgets = budgets;
        this.projects = projects;
        this.findings = findings;
        this.em = em;
    }

    /**
     * Imports the document; {@code departmentCode}, when given, names the department's code: required for a
     * department nobody configured, and it may not contradict the configuration or an earlier import.
     */
    @Transactional
    public ImportResult importDocument(byte[] body, String departmentCode) {
        if (departmentCode != null && !DEPARTMENT_CODE.matcher(departmentCode).matches()) {
            throw ApiProblem.badRequest("departmentCode", DEPARTMENT_CODE_RULE);
        }
        String text = DocumentText.decode(body);
        String hash = DocumentText.sha256(text);
        Optional<BudgetDocument> earlier = documents.findByHash(hash);
        if (earlier.isPresent()) {
            if (departmentCode != null && !departmentCode.equals(earlier.get().departmentCode)) {
                throw ApiProblem.businessRule(RuleNames.ONE_CODE_PER_DEPARTMENT, "departmentCode", "this document was "
                        + "imported as " + earlier.get().departmentCode + " (document " + earlier.get().id
                        + "), not " + departmentCode);
            }
            return result(earlier.get(), false);
        }
        ParsedBudgetDocument parsed;
        long started = System.nanoTime();
        try {
            parsed = parser.parse(text, departmentCode);
        } catch (BudgetDocumentParseException e) {
            throw new ApiProblem(422, "unparsable-document", "Unparsable budget document", e.getMessage(),
                    "budget-document-must-parse", List.of(new FieldViolation("line " + e.line(), e.reason())));
        }
        Log.infof("Parsed budget document %s %d in %d ms: %d projects, %d findings",
                parsed.department().code(), parsed.fiscalYear(), (System.nanoTime() - started) / 1_000_000,
                parsed.projects().size(), parsed.findings().size());
        if (departmentCode != null) {
            budgets.findOtherDepartment(departmentCode, parsed.department().name()).ifPresent(other -> {
                throw ApiProblem.businessRule(RuleNames.ONE_CODE_PER_DEPARTMENT, "departmentCode", "department '"
                        + other.departmentName + "' was imported as " + other.departmentCode + " (document "
                        + other.documentId + "); a code names one department and a department has one code");
            });
        }
        documents.findByDepartmentAndYear(parsed.department().code(), parsed.fiscalYear()).ifPresent(other -> {
            throw ApiProblem.conflict("budget-already-imported", "A different budget document of "
                    + parsed.department().code() + " for " + parsed.fiscalYear() + " was already imported (document "
                    + other.id + "); its projects are referenced by other services and are not replaced");
        });
        BudgetDocument document = store(text, hash, parsed);
        return result(document, true);
    }

    @Transactional
    public BudgetDocument get(long id) {
        return documents.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Budget document", id));
    }

    @Transactional
    public ImportResult describe(long id) {
        return result(get(id), false);
    }

    @Transactional
    public PageResponse<ImportResult> search(String departmentCode, Integer fiscalYear, PageRequest page) {
        var query = documents.search(departmentCode, fiscalYear, page);
        return PageResponse.of(query.list().stream().map(d -> result(d, false)).toList(), page, query.count());
    }

    private ImportResult result(BudgetDocument document, boolean created) {
        long projectCount = budgets.findByDocument(document.id)
                .map(b -> projects.count("budgetId", b.id)).orElse(0L);
        return new ImportResult(document, created, projectCount, findings.countOf(document.id, null),
                findings.countOf(document.id, FindingStatus.OPEN));
    }

    private BudgetDocument store(String text, String hash, ParsedBudgetDocument parsed) {
        DepartmentInfo department = parsed.department();
        BudgetDocument document = new BudgetDocument();
        document.contentHash = hash;
        document.departmentCode = department.code();
        document.fiscalYear = parsed.fiscalYear();
        document.title = parsed.title();
        document.lineCount = (int) text.lines().count();
        document.sourceText = text;
        documents.persist(document);

        DepartmentBudget budget = budget(document, parsed);
        budgets.persist(budget);
        storeLines(budget.id, parsed);

        Map<String, Long> projectIds = new HashMap<>();
        for (ParsedProject p : parsed.projects()) {
            Project project = project(budget, parsed, p);
            projects.persist(project);
            projectIds.put(p.code(), project.id);
            storeProjectDetails(project.id, p);
        }
        int position = 0;
        for (Finding f : parsed.findings()) {
            BudgetFinding finding = new BudgetFinding();
            finding.documentId = document.id;
            finding.position = ++position;
            finding.code = f.code();
            finding.subject = f.subject();
            finding.declared = f.declared();
            finding.computed = f.computed();
            finding.difference = f.difference();
            finding.sourceLines = f.lines();
            finding.likelyCause = f.likelyCause();
            finding.projectCode = f.projectCode();
            finding.projectId = f.projectCode() == null ? null : projectIds.get(f.projectCode());
            finding.suggestedAmount = f.suggestedAmount();
            finding.status = FindingStatus.OPEN;
            findings.persist(finding);
        }
        em.flush();
        return document;
    }

    private static DepartmentBudget budget(BudgetDocument document, ParsedBudgetDocument parsed) {
        DepartmentInfo d = parsed.department();
        DepartmentBudget b = new DepartmentBudget();
        b.documentId = document.id;
        b.departmentCode = d.code();
        b.departmentName = d.name();
        b.fiscalYear = parsed.fiscalYear();
        b.functionsText = d.functionsText();
        b.organisationText = d.organisationText();
        b.sections = d.sections();
        b.declaredSectionCount = d.declaredSectionCount();
        b.assetsAsOf = d.assets().asOf();
        b.vehicles = d.assets().vehicles();
        b.generalEquipmentOver50Wan = d.assets().generalEquipmentOver50Wan();
        b.specialEquipmentOver100Wan = d.assets().specialEquipmentOver100Wan();
        b.assetsText = d.assets().text();
        b.assetPurchasePlan = d.assets().purchasePlanText();
        b.revenueTotal = parsed.revenue().declaredTotal();
        b.revenueTotalLine = parsed.revenue().totalLine();
        b.expenditureTotal = parsed.expenditureTotals().total();
        b.basicTotal = parsed.expenditureTotals().basic();
        b.projectTotal = parsed.expenditureTotals().project();
        b.expenditureTotalLine = parsed.expenditureTotals().line();
        b.economicTotal = parsed.basicExpenditureTotals().total();
        b.personnelTotal = parsed.basicExpenditureTotals().personnel();
        b.publicUseTotal = parsed.basicExpenditureTotals().publicUse();
        var three = parsed.threePublicExpenses();
        b.threePublicTotal = three.total();
        b.outboundTravel = three.outboundTravel();
        b.reception = three.reception();
        b.vehicleTotal = three.vehicleTotal();
        b.vehiclePurchase = three.vehiclePurchase();
        b.vehicleOperation = three.vehicleOperation();
        b.threePublicText = three.explanationText();
        var yoy = parsed.yearOnYear();
        b.yoyPreviousYear = yoy.previousYear();
        b.yoyCurrentTotal = yoy.currentTotal();
        b.yoyChange = yoy.change();
        b.yoyPercent = yoy.declaredPercent();
        b.yoyReason = yoy.reason();
        b.operatingExpenseCell = parsed.operatingExpenses().tableCell();
        b.operatingExpenseAmount = parsed.operatingExpenses().amount();
        b.operatingExpenseNote = parsed.operatingExpenses().note();
        var p = parsed.procurement();
        b.procurementGoods = p.goods();
        b.procurementWorks = p.works();
        b.procurementServices = p.services();
        b.procurementTotal = p.total();
        b.smeReserved = p.smeReserved();
        b.smallMicroReserved = p.smallMicroReserved();
        b.procurementLine = p.line();
        var perf = parsed.performanceSummary();
        b.performanceProjectCount = perf.projectCount();
        b.performanceTotal = perf.total();
        b.performanceThreshold = perf.largeProjectThreshold();
        b.performanceLargeCount = perf.projectsAtOrOverThreshold();
        b.performanceLine = perf.line();
        return b;
    }

    private void storeLines(long budgetId, ParsedBudgetDocument parsed) {
        int position = 0;
        for (RevenueBudget.RevenueSourceLine r : parsed.revenue().sources()) {
            RevenueSourceLine line = new RevenueSourceLine();
            line.budgetId = budgetId;
            line.position = ++position;
            line.name = r.name();
            line.level = r.level();
            line.amount = r.amount();
            line.sourceLine = r.line();
            em.persist(line);
        }
        position = 0;
        for (FunctionalExpenditureRow r : parsed.expenditureByFunction()) {
            FunctionalExpenditureLine line = new FunctionalExpenditureLine();
            line.budgetId = budgetId;
            line.position = ++position;
            line.classCode = r.classCode();
            line.itemCode = r.itemCode();
            line.subItemCode = r.subItemCode();
            line.name = r.name();
            line.total = r.total();
            line.basic = r.basic();
            line.project = r.project();
            line.sourceLine = r.line();
            em.persist(line);
        }
        position = 0;
        for (EconomicExpenditureRow r : parsed.basicExpenditureByEconomic()) {
            EconomicExpenditureLine line = new EconomicExpenditureLine();
            line.budgetId = budgetId;
            line.position = ++position;
            line.classCode = r.classCode();
            line.itemCode = r.itemCode();
            line.name = r.name();
            line.total = r.total();
            line.personnel = r.personnel();
            line.publicUse = r.publicUse();
            line.sourceLine = r.line();
            em.persist(line);
        }
    }

    private static Project project(DepartmentBudget budget, ParsedBudgetDocument parsed, ParsedProject p) {
        Project project = new Project();
        project.budgetId = budget.id;
        project.code = p.code();
        project.sequence = p.sequence();
        project.name = p.name();
        project.departmentCode = budget.departmentCode;
        project.fiscalYear = parsed.fiscalYear();
        project.statedAmount = p.amount();
        project.amount = p.amount();
        project.amountAsWritten = p.amountAsWritten();
        project.amountLine = p.amountLine();
        project.periodStart = p.periodStart();
        project.periodEnd = p.periodEnd();
        project.implementingBody = p.implementingBody();
        project.overview = p.overview();
        project.legalBasis = p.legalBasis();
        project.planText = p.planText();
        project.targetNote = p.targetNote();
        ParsedPaymentTerms terms = p.paymentTerms();
        project.paymentTermKind = terms.kind();
        project.recurrence = terms.recurrence();
        project.paymentClauseText = terms.clauseText();
        project.paymentClauseLines = terms.lines();
        project.headingLine = p.headingLine();
        return project;
    }

    private void storeProjectDetails(long projectId, ParsedProject p) {
        int position = 0;
        for (ParsedProject.AmountBreakdownLine b : p.breakdown()) {
            ProjectAmountPart part = new ProjectAmountPart();
            part.projectId = projectId;
            part.position = ++position;
            part.label = b.label();
            part.amount = b.amount();
            part.asWritten = b.asWritten();
            part.sourceLine = b.line();
            em.persist(part);
        }
        for (ParsedPaymentTerms.Installment i : p.paymentTerms().installments()) {
            PaymentInstallment installment = new PaymentInstallment();
            installment.projectId = projectId;
            installment.sequence = i.sequence();
            installment.percent = i.percent();
            installment.trigger = i.trigger();
            installment.serviceMonths = i.serviceMonths();
            installment.dueDate = i.dueDate();
            installment.clauseText = i.clauseText();
            em.persist(installment);
        }
        position = 0;
        for (ParsedPaymentTerms.RecurringItem r : p.paymentTerms().recurringItems()) {
            RecurringPaymentItem item = new RecurringPaymentItem();
            item.projectId = projectId;
            item.position = ++position;
            item.clauseText = r.clauseText();
            item.recurrence = r.recurrence();
            em.persist(item);
        }
        for (ParsedTarget t : p.targets()) {
            PerformanceTarget target = new PerformanceTarget();
            target.projectId = projectId;
            target.level1 = t.level1();
            target.level2 = t.level2();
            target.name = t.name();
            target.comparator = t.comparator();
            target.targetValue = t.value();
            target.unit = t.unit();
            target.deadline = t.deadline();
            target.approximate = t.approximate();
            target.origin = TargetOrigin.DOCUMENT;
            target.sourceText = t.sourceText();
            target.sourceLine = t.line();
            em.persist(target);
        }
    }
}
