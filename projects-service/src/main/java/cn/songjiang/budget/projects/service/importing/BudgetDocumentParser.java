package cn.songjiang.budget.projects.service.importing;

import cn.songjiang.budget.projects.domain.FindingCode;
import cn.songjiang.budget.projects.service.importing.CauseAnalysis.Figure;
import cn.songjiang.budget.projects.service.importing.DocumentFacts.IntroText;
import cn.songjiang.budget.projects.service.importing.DocumentFacts.ThreePublicText;
import cn.songjiang.budget.projects.service.importing.ParsedProject.AmountBreakdownLine;
import cn.songjiang.budget.projects.service.importing.SourceDocument.Heading;
import cn.songjiang.budget.projects.service.importing.SourceDocument.NumberedLine;
import cn.songjiang.budget.projects.service.importing.TableReader.CodedRow;
import cn.songjiang.budget.projects.service.importing.TableReader.CodedTable;
import cn.songjiang.budget.projects.service.importing.TableReader.Row;
import cn.songjiang.budget.projects.service.importing.TableReader.TwoSidedTable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses a published 区级部门预算 document (Markdown, as published by the Songjiang district) into an immutable
 * {@link ParsedBudgetDocument}: department, tables, declared procurement and performance figures, the projects with
 * their payment terms and stated targets, and the reconciliation findings. A document that cannot be read whole is
 * rejected with a {@link BudgetDocumentParseException} naming the line and the reason. Thread-safe.
 */
public final class BudgetDocumentParser {

    /** Department names as printed → the platform's department codes. */
    public static final Map<String, String> KNOWN_DEPARTMENTS = Map.of("上海市松江区政务服务中心", "SJZWFW");

    private static final String N = AmountText.NUMBER;
    private static final Pattern TITLE = Pattern.compile("^(.+?)(\\d{4})年区级部门预算$");
    private static final Pattern DEPARTMENT = Pattern.compile("^预算主管部门[：:](.+)$");
    private static final Pattern SECTIONS = Pattern.compile("内设([^。]{1,200}?)(\\d{1,3})个科室");
    private static final String PROJECT_SUFFIX = "经费情况说明";
    private static final Pattern AMOUNT_AFTER = Pattern.compile("^(" + N + ")(万元|元)");
    private static final Pattern BREAKDOWN_PART = Pattern.compile("(" + N + ")(万元|万|元)$");
    private static final Pattern PERIOD = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月(\\d{1,2})日至(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern IMPLEMENTING_BODY = Pattern.compile("实施主体为([^。]{1,200})。");
    private static final Pattern YOY = Pattern.compile("比(\\d{4})年预算(增加|减少)(" + N + ")万元，(?:增长|下降)(" + N
            + ")%");
    private static final Pattern REASON = Pattern.compile("主要原因是([^；。，]+)");
    private static final Pattern ITEM = Pattern.compile("^\\d+\\.\\s*“([^”]+)”科目(" + N + ")万元");
    private static final Pattern AS_OF = Pattern.compile("截至(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    private static final String AMOUNT_KEY = "预算安排金额为";
    private static final String[] PROJECT_SECTIONS = {"项目概述", "立项依据", "实施主体", "实施方案", "实施周期",
        "年度预算安排", "绩效目标"};

    private final Map<String, String> departmentCodes;

    /** A parser that knows the given department names → codes. */
    public BudgetDocumentParser(Map<String, String> departmentCodes) {
        Map<String, String> normalised = new HashMap<>();
        departmentCodes.forEach((name, code) -> normalised.put(TextNormaliser.line(name.strip()), code));
        this.departmentCodes = Map.copyOf(normalised);
    }

    /** A parser that knows {@link #KNOWN_DEPARTMENTS}. */
    public BudgetDocumentParser() {
        this(KNOWN_DEPARTMENTS);
    }

    /**
     * Parses the whole document.
     *
     * @throws BudgetDocumentParseException when the text is garbled, truncated, lacks a required section or table,
     *         a project has no amount, or the number of projects differs from the declared number
     */
    public ParsedBudgetDocument parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses the whole document of the department whose code the importer names. A configured department takes its
     * configured code, which {@code departmentCode} may repeat but not contradict; a department nobody configured
     * needs it.
     *
     * @param departmentCode the code named with the import, or null to use the configuration
     * @throws BudgetDocumentParseException as {@link #parse(String)}, and when the department has no code or the
     *         named code contradicts the configuration
     */
    public ParsedBudgetDocument parse(String text, String departmentCode) {
        SourceDocument doc = SourceDocument.of(text);
        try {
            return new Run(doc, departmentCode).parse();
        } catch (BudgetDocumentParseException e) {
            if (!doc.normalised(e.line())) {
                throw e;
            }
            // The reason quotes the normalised words; the person fixing the document needs them as written.
            throw new BudgetDocumentParseException(e.line(), e.reason() + " (line " + e.line() + " as written: '"
                    + abbreviate(doc.original(e.line()).strip(), 120) + "')");
        }
    }

    /** One parse; holds the document and the findings raised while reading. */
    private final class Run {
        private final SourceDocument doc;
        private final String requestedCode;
        private final List<Finding> parseFindings = new ArrayList<>();
        private int fiscalYear;
        private String departmentCode;

        Run(SourceDocument doc, String requestedCode) {
            this.doc = doc;
            this.requestedCode = requestedCode;
        }

        ParsedBudgetDocument parse() {
            Heading title = doc.headings().stream().findFirst()
                    .orElseThrow(() -> new BudgetDocumentParseException(1, "no Markdown heading: expected the title "
                            + "'# …YYYY年区级部门预算'"));
            Matcher tm = TITLE.matcher(title.text());
            if (!tm.matches()) {
                throw new BudgetDocumentParseException(title.line(), "the first heading '" + abbreviate(title.text())
                        + "' is not a budget title '…YYYY年区级部门预算'");
            }
            fiscalYear = Integer.parseInt(tm.group(2));
            NumberedLine deptLine = doc.textLines(title.line() + 1, doc.endOfBlock(title)).stream()
                    .filter(l -> DEPARTMENT.matcher(l.text()).matches()).findFirst()
                    .orElseThrow(() -> new BudgetDocumentParseException(title.line(),
                            "no '预算主管部门：…' line after the title"));
            Matcher dm = DEPARTMENT.matcher(deptLine.text());
            dm.matches();
            String departmentName = dm.group(1).strip();
            departmentCode = departmentCode(departmentName, deptLine.number());

            Heading functions = required(title.line(), "主要职能", h -> h.text().endsWith("主要职能"));
            Heading organisation = required(functions.line(), "机构设置", h -> h.text().endsWith("机构设置"));
            Heading intro = required(organisation.line(), "部门预算编制说明", h -> h.text().endsWith("部门预算编制说明"));
            // Each table is read as soon as its heading is found, so a document cut inside a table is reported
            // at that table rather than as a missing later section.
            Heading t1 = required(intro.line(), "部门财务收支预算总表", h -> h.text().endsWith("部门财务收支预算总表"));
            TwoSidedTable summary = TableReader.twoSided(doc, t1, "财务收支预算总表", List.of("预算数"));
            Heading t2 = required(t1.line(), "部门收入预算总表", h -> h.text().endsWith("部门收入预算总表"));
            CodedTable revenueByFunction = TableReader.coded(doc, t2, "收入预算总表", 3, true,
                    List.of("合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"));
            Heading t3 = required(t2.line(), "部门支出预算总表", h -> h.text().endsWith("部门支出预算总表"));
            CodedTable expenditure = TableReader.coded(doc, t3, "支出预算总表", 3, true,
                    List.of("合计", "基本支出", "项目支出"));
            Heading t4 = required(t3.line(), "部门财政拨款收支预算总表", h -> h.text().endsWith("部门财政拨款收支预算总表"));
            TwoSidedTable appropriation = TableReader.twoSided(doc, t4, "财政拨款收支预算总表",
                    List.of("合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"));
            Heading t5 = required(t4.line(), "部门一般公共预算支出功能分类预算表",
                    h -> h.text().endsWith("一般公共预算支出功能分类预算表"));
            CodedTable generalPublic = TableReader.coded(doc, t5, "一般公共预算支出功能分类预算表", 3, true,
                    List.of("合计", "基本支出", "项目支出"));
            Heading t6 = required(t5.line(), "部门政府性基金预算支出功能分类预算表",
                    h -> h.text().endsWith("政府性基金预算支出功能分类预算表"));
            CodedTable fund = TableReader.coded(doc, t6, "政府性基金预算支出功能分类预算表", 3, false,
                    List.of("合计", "基本支出", "项目支出"));
            Heading t7 = required(t6.line(), "部门国有资本经营预算支出功能分类预算表",
                    h -> h.text().endsWith("国有资本经营预算支出功能分类预算表"));
            CodedTable stateCapital = TableReader.coded(doc, t7, "国有资本经营预算支出功能分类预算表", 3, false,
                    List.of("合计", "基本支出", "项目支出"));
            Heading t8 = required(t7.line(), "部门一般公共预算基本支出部门预算经济分类预算表",
                    h -> h.text().endsWith("基本支出部门预算经济分类预算表"));
            CodedTable economic = TableReader.coded(doc, t8, "基本支出经济分类预算表", 2, true,
                    List.of("合计", "人员经费", "公用经费"));
            Heading t9 = required(t8.line(), "部门“三公”经费和机关运行经费预算表",
                    h -> h.text().endsWith("经费和机关运行经费预算表"));
            Row threePublicRow = threePublicRow(t9);
            Heading other = required(t9.line(), "其他相关情况说明", h -> h.text().equals("其他相关情况说明"));
            int otherEnd = doc.endOfSection(other, other.level());
            Heading threePublicText = requiredWithin(other, otherEnd, "“三公”经费预算情况说明",
                    h -> h.text().contains("经费预算情况说明"));
            Heading operating = requiredWithin(other, otherEnd, "机关运行经费预算", h -> h.text().contains("机关运行经费"));
            Heading procurementHeading = requiredWithin(other, otherEnd, "政府采购预算情况",
                    h -> h.text().contains("政府采购预算"));
            Heading performanceHeading = requiredWithin(other, otherEnd, "绩效目标设置情况",
                    h -> h.text().contains("绩效目标设置情况"));
            Heading assetsHeading = requiredWithin(other, otherEnd, "国有资产占有使用情况",
                    h -> h.text().contains("国有资产"));

            DepartmentInfo department = department(departmentName, deptLine.number(), functions, organisation,
                    assetsHeading);
            ThreePublicExpenses threePublic = threePublic(threePublicRow, threePublicText);
            OperatingExpenses operatingExpenses = operatingExpenses(threePublicRow, operating);
            IntroText introText = introText(intro, summary);
            ProcurementBudget procurement = procurement(procurementHeading);
            PerformanceSummary performance = performance(performanceHeading);
            List<ParsedProject> projects = projects(other, performance);

            DocumentFacts facts = new DocumentFacts(fiscalYear, department, summary, revenueByFunction, expenditure,
                    appropriation, generalPublic, fund, stateCapital, economic, threePublic,
                    threePublicText(threePublicText), introText, procurement, performance, projects);
            List<Finding> findings = Reconciler.reconcile(facts, parseFindings);

            CodedRow expTotal = expenditure.total();
            CodedRow ecoTotal = economic.total();
            return new ParsedBudgetDocument(title.text(), fiscalYear, department, revenue(summary),
                    expenditure.rows().stream().map(BudgetDocumentParser::functionalRow).toList(),
                    new ExpenditureTotals(expTotal.amount(0), expTotal.amount(1), expTotal.amount(2), expTotal.line()),
                    economic.rows().stream().map(BudgetDocumentParser::economicRow).toList(),
                    new EconomicTotals(ecoTotal.amount(0), ecoTotal.amount(1), ecoTotal.amount(2), ecoTotal.line()),
                    threePublic, introText.yearOnYear(), operatingExpenses, procurement, performance, projects,
                    findings);
        }

        private String departmentCode(String name, int line) {
            String configured = departmentCodes.get(name);
            if (requestedCode == null) {
                if (configured == null) {
                    throw new BudgetDocumentParseException(line, "unknown department '" + name + "': no department "
                            + "code is configured for it; name its code with the import (departmentCode=…)");
                }
                return configured;
            }
            if (configured != null && !configured.equals(requestedCode)) {
                throw new BudgetDocumentParseException(line, "department '" + name + "' has the code " + configured
                        + ", not " + requestedCode + "; import it without departmentCode or with " + configured);
            }
            departmentCodes.forEach((other, code) -> {
                if (code.equals(requestedCode) && !other.equals(name)) {
                    throw new BudgetDocumentParseException(line, "the code " + requestedCode + " belongs to "
                            + "department '" + other + "', not '" + name + "'; name this department's own code");
                }
            });
            return requestedCode;
        }

        // ---- structure --------------------------------------------------------------------------------------------

        private Heading required(int fromLine, String name, Predicate<Heading> predicate) {
            return doc.findHeading(fromLine + 1, predicate).orElseThrow(() -> missing(fromLine, name));
        }

        private Heading requiredWithin(Heading parent, int end, String name, Predicate<Heading> predicate) {
            return doc.headingsBetween(parent.line(), end).stream().filter(predicate).findFirst()
                    .orElseThrow(() -> new BudgetDocumentParseException(parent.line(), "section '" + parent.text()
                            + "' (lines " + parent.line() + "-" + end + ") has no subsection '" + name + "'"));
        }

        private BudgetDocumentParseException missing(int afterLine, String name) {
            boolean headingsFollow = doc.headings().stream().anyMatch(h -> h.line() > afterLine);
            if (!headingsFollow) {
                return new BudgetDocumentParseException(doc.lastLine(), "missing required section '" + name
                        + "': the document ends at line " + doc.lastLine() + " and may be truncated");
            }
            return new BudgetDocumentParseException(afterLine, "missing required section '" + name
                    + "' after the section at line " + afterLine + " (no heading ending with it from line "
                    + (afterLine + 1) + " to the end of the document at line " + doc.lastLine() + ")");
        }

        private String body(Heading h) {
            return doc.textLines(h.line() + 1, doc.endOfBlock(h)).stream().map(NumberedLine::original)
                    .collect(Collectors.joining("\n"));
        }

        // ---- department -------------------------------------------------------------------------------------------

        private DepartmentInfo department(String name, int nameLine, Heading functions, Heading organisation,
                Heading assetsHeading) {
            List<NumberedLine> functionLines = doc.textLines(functions.line() + 1, doc.endOfBlock(functions));
            List<String> sections = List.of();
            int declared = 0;
            int sectionsLine = functions.line();
            for (NumberedLine l : functionLines) {
                Matcher m = SECTIONS.matcher(l.text());
                if (m.find()) {
                    sections = List.of(m.group(1).split("、"));
                    declared = Integer.parseInt(m.group(2));
                    sectionsLine = l.number();
                    break;
                }
            }
            String functionsText = functionLines.stream().map(NumberedLine::original).collect(Collectors.joining("\n"));
            return new DepartmentInfo(departmentCode, name, nameLine, functionsText, sections, declared, sectionsLine,
                    body(organisation), assets(assetsHeading));
        }

        private AssetNotes assets(Heading h) {
            List<NumberedLine> lines = doc.textLines(h.line() + 1, doc.endOfBlock(h));
            if (lines.isEmpty()) {
                throw new BudgetDocumentParseException(h.line(), "section '" + h.text() + "' is empty");
            }
            NumberedLine first = lines.get(0);
            String t = first.text();
            LocalDate asOf = null;
            Matcher m = AS_OF.matcher(t);
            if (m.find()) {
                asOf = date(m.group(1), m.group(2), m.group(3), first.number());
            }
            Integer vehicles = t.contains("无车辆") ? Integer.valueOf(0) : countOf(t, "车辆(\\d{1,6})辆");
            Integer general = t.contains("无单价50万元以上通用设备") ? Integer.valueOf(0)
                    : countOf(t, "单价50万元以上通用设备(\\d{1,6})台");
            Integer special = t.contains("无单价100万元以上专用设备") ? Integer.valueOf(0)
                    : countOf(t, "单价100万元以上专用设备(\\d{1,6})台");
            String plan = lines.stream().skip(1).map(NumberedLine::original).collect(Collectors.joining("\n"));
            return new AssetNotes(asOf, vehicles, general, special, first.original(), plan.isEmpty() ? null : plan, first.number());
        }

        private static Integer countOf(String text, String regex) {
            Matcher m = Pattern.compile(regex).matcher(text);
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }

        // ---- 三公, 机关运行经费, 编制说明 ----------------------------------------------------------------------------

        private Row threePublicRow(Heading t9) {
            List<Row> rows = TableReader.rows(doc, t9, "“三公”经费和机关运行经费预算表");
            return rows.stream().filter(r -> AmountText.isNumber(r.cell(0)))
                    .findFirst()
                    .orElseThrow(() -> new BudgetDocumentParseException(t9.line(), "table “三公”经费和机关运行经费预算表 "
                            + "has no row of figures"));
        }

        private ThreePublicExpenses threePublic(Row row, Heading textHeading) {
            String title = "“三公”经费和机关运行经费预算表";
            return new ThreePublicExpenses(
                    TableReader.cellAmount(row, 0, title, "合计"),
                    TableReader.cellAmount(row, 1, title, "因公出国(境)费"),
                    TableReader.cellAmount(row, 2, title, "公务接待费"),
                    TableReader.cellAmount(row, 3, title, "公务用车购置及运行费 小计"),
                    TableReader.cellAmount(row, 4, title, "购置费"),
                    TableReader.cellAmount(row, 5, title, "运行费"),
                    row.line(), body(textHeading));
        }

        private OperatingExpenses operatingExpenses(Row row, Heading note) {
            String cell = row.cell(6);
            BigDecimal amount = cell.isEmpty() || cell.equals("/") ? null
                    : AmountText.yuan(cell, row.line(), "机关运行经费");
            return new OperatingExpenses(cell, amount, body(note), row.line());
        }

        private ThreePublicText threePublicText(Heading h) {
            List<NumberedLine> lines = doc.textLines(h.line() + 1, doc.endOfBlock(h));
            return new ThreePublicText(
                    wanFigure(lines, "“三公”经费预算数", "“三公”经费预算数为(" + N + ")万元"),
                    wanFigure(lines, "因公出国（境）费", "因公出国（境）费(" + N + ")万元"),
                    wanFigure(lines, "公务用车购置及运行费", "公务用车购置及运行费(" + N + ")万元"),
                    wanFigure(lines, "公务用车购置费", "公务用车购置费(" + N + ")万元"),
                    wanFigure(lines, "公务用车运行费", "公务用车运行费(" + N + ")万元"),
                    wanFigure(lines, "公务接待费", "公务接待费(" + N + ")万元"));
        }

        private IntroText introText(Heading h, TwoSidedTable summary) {
            List<NumberedLine> lines = doc.textLines(h.line() + 1, doc.endOfBlock(h));
            Figure income = wanFigure(lines, "收入预算", "收入预算(" + N + ")万元");
            if (income == null) {
                throw new BudgetDocumentParseException(h.line(), "部门预算编制说明 does not state the 收入预算 (…万元)");
            }
            NumberedLine incomeLine = lines.stream().filter(l -> l.number() == income.line()).findFirst().orElseThrow();
            Matcher yoy = YOY.matcher(incomeLine.text());
            if (!yoy.find()) {
                throw new BudgetDocumentParseException(income.line(), "部门预算编制说明 does not state the change "
                        + "against the previous year ('比YYYY年预算增加…万元，增长…%')");
            }
            BigDecimal change = AmountText.wan(yoy.group(3), income.line(), "year-on-year change");
            if (yoy.group(2).equals("减少")) {
                change = change.negate();
            }
            String reason = lines.stream().map(l -> REASON.matcher(l.text())).filter(Matcher::find)
                    .map(m -> m.group(1)).findFirst().orElse(null);
            Figure fiscalIncome = wanFigure(lines, "财政拨款收入", "财政拨款收入(" + N + ")万元");
            BigDecimal current = fiscalIncome != null ? fiscalIncome.value() : income.value();
            YearOnYearChange yearOnYear = new YearOnYearChange(Integer.parseInt(yoy.group(1)), current, change,
                    AmountText.number(yoy.group(4), income.line(), "year-on-year percent"), reason, income.line());
            List<Figure> items = new ArrayList<>();
            for (NumberedLine l : lines) {
                Matcher m = ITEM.matcher(l.text());
                if (m.find()) {
                    items.add(new Figure(m.group(1), AmountText.wan(m.group(2), l.number(), m.group(1)), m.group(2),
                            CauseAnalysis.WAN, l.number()));
                }
            }
            return new IntroText(income, fiscalIncome,
                    wanFigure(lines, "事业收入", "；事业收入(" + N + ")万元"),
                    wanFigure(lines, "事业单位经营收入", "事业单位经营收入(" + N + ")万元"),
                    wanFigure(lines, "其他收入", "其他收入(" + N + ")万元"),
                    wanFigure(lines, "支出预算", "^支出预算(" + N + ")万元"),
                    wanFigure(lines, "财政拨款支出预算", "财政拨款支出预算(" + N + ")万元"),
                    wanFigure(lines, "一般公共预算拨款支出预算", "一般公共预算拨款支出预算(" + N + ")万元"),
                    anyUnitFigure(lines, "政府性基金拨款支出预算", "政府性基金拨款支出预算(" + N + ")(万元|元)"),
                    anyUnitFigure(lines, "国有资本经营预算拨款支出预算", "国有资本经营预算拨款支出预算(" + N + ")(万元|元)"),
                    items, yearOnYear);
        }

        /** The first match of {@code regex} (group 1 = number in 万元) in the lines, or null. */
        private Figure wanFigure(List<NumberedLine> lines, String label, String regex) {
            Pattern p = Pattern.compile(regex);
            for (NumberedLine l : lines) {
                Matcher m = p.matcher(l.text());
                if (m.find()) {
                    return new Figure(label, AmountText.wan(m.group(1), l.number(), label), m.group(1),
                            CauseAnalysis.WAN, l.number());
                }
            }
            return null;
        }

        /** As {@link #wanFigure} with the unit in group 2 (万元 or 元). */
        private Figure anyUnitFigure(List<NumberedLine> lines, String label, String regex) {
            Pattern p = Pattern.compile(regex);
            for (NumberedLine l : lines) {
                Matcher m = p.matcher(l.text());
                if (m.find()) {
                    boolean wan = m.group(2).startsWith("万");
                    return new Figure(label, AmountText.amount(m.group(1), m.group(2), l.number(), label), m.group(1),
                            wan ? CauseAnalysis.WAN : BigDecimal.ONE, l.number());
                }
            }
            return null;
        }

        // ---- 政府采购, 绩效目标 --------------------------------------------------------------------------------------

        private ProcurementBudget procurement(Heading h) {
            List<NumberedLine> lines = doc.textLines(h.line() + 1, doc.endOfBlock(h));
            Figure total = requiredFigure(h, lines, "政府采购预算", "政府采购预算(" + N + ")万元");
            Figure goods = requiredFigure(h, lines, "政府采购货物预算", "货物预算(" + N + ")万元");
            Figure works = requiredFigure(h, lines, "政府采购工程预算", "工程预算(" + N + ")万元");
            Figure services = requiredFigure(h, lines, "政府采购服务预算", "服务预算(" + N + ")万元");
            Figure sme = requiredFigure(h, lines, "面向中小企业预留", "面向中小企业预留政府采购项目预算金额(" + N + ")万元");
            Figure smallMicro = requiredFigure(h, lines, "预留给小型和微型企业",
                    "预留给小型和微型企业的政府采购项目预算为(" + N + ")万元");
            return new ProcurementBudget(goods.value(), works.value(), services.value(), total.value(), sme.value(),
                    smallMicro.value(), total.line(), sme.line());
        }

        private PerformanceSummary performance(Heading h) {
            List<NumberedLine> lines = doc.textLines(h.line() + 1, doc.endOfBlock(h));
            Pattern p = Pattern.compile("编报绩效目标的项目(\\d{1,6})个，涉及项目预算资金(" + N + ")万元，其中预算金额(" + N
                    + ")万元（含）以上的项目有(\\d{1,6})个");
            for (NumberedLine l : lines) {
                Matcher m = p.matcher(l.text());
                if (m.find()) {
                    return new PerformanceSummary(Integer.parseInt(m.group(1)),
                            AmountText.wan(m.group(2), l.number(), "绩效目标 项目预算资金"),
                            AmountText.wan(m.group(3), l.number(), "绩效目标 threshold"),
                            Integer.parseInt(m.group(4)), l.number());
                }
            }
            throw new BudgetDocumentParseException(h.line(), "绩效目标设置情况 does not state '编报绩效目标的项目N个，"
                    + "涉及项目预算资金…万元，其中预算金额…万元（含）以上的项目有N个'");
        }

        private Figure requiredFigure(Heading h, List<NumberedLine> lines, String label, String regex) {
            Figure f = wanFigure(lines, label, regex);
            if (f == null) {
                throw new BudgetDocumentParseException(h.line(), "section '" + h.text() + "' does not state the "
                        + label + " (…万元)");
            }
            return f;
        }

        // ---- projects ---------------------------------------------------------------------------------------------

        private List<ParsedProject> projects(Heading other, PerformanceSummary performance) {
            List<Heading> top = doc.headings().stream()
                    .filter(h -> h.line() > other.line() && h.level() == 1).toList();
            List<ParsedProject> projects = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < top.size(); i++) {
                Heading h = top.get(i);
                if (!h.text().endsWith(PROJECT_SUFFIX) || h.text().length() == PROJECT_SUFFIX.length()) {
                    throw new BudgetDocumentParseException(h.line(), "unexpected heading '" + abbreviate(h.text())
                            + "' among the project descriptions (expected '…" + PROJECT_SUFFIX + "')");
                }
                int end = i + 1 < top.size() ? top.get(i + 1).line() - 1 : doc.lastLine();
                ParsedProject p = project(projects.size() + 1, h, end);
                Integer previous = seen.putIfAbsent(p.name(), h.line());
                if (previous != null) {
                    throw new BudgetDocumentParseException(h.line(), "project '" + p.name()
                            + "' is described twice (first at line " + previous + ")");
                }
                projects.add(p);
            }
            if (projects.size() != performance.projectCount()) {
                throw new BudgetDocumentParseException(performance.line(), "the document declares "
                        + performance.projectCount() + " projects with 绩效目标 but describes " + projects.size()
                        + (projects.isEmpty() ? "" : " (project headings from line " + projects.get(0).headingLine()
                        + " to line " + projects.get(projects.size() - 1).headingLine() + ")")
                        + "; the document may be truncated or a project is missing");
            }
            return projects;
        }

        private ParsedProject project(int sequence, Heading h, int end) {
            String name = h.text().substring(0, h.text().length() - PROJECT_SUFFIX.length()).strip();
            String code = String.format("%s-%d-P%02d", departmentCode, fiscalYear, sequence);
            List<Heading> subs = doc.headingsBetween(h.line(), end).stream().filter(s -> s.level() == 2).toList();
            Map<String, List<NumberedLine>> sections = new HashMap<>();
            Map<String, Heading> sectionHeadings = new HashMap<>();
            for (String key : PROJECT_SECTIONS) {
                Heading s = subs.stream().filter(x -> x.text().endsWith(key)).findFirst().orElseThrow(() ->
                        new BudgetDocumentParseException(h.line(), "project " + code + " '" + name + "' (lines "
                                + h.line() + "-" + end + ") has no section '" + key + "'"
                                + (end == doc.lastLine() ? "; the document ends at line " + end
                                + " and may be truncated" : "")));
                sections.put(key, doc.textLines(s.line() + 1, doc.endOfSection(s, 2)).stream()
                        .filter(l -> l.number() <= end).toList());
                sectionHeadings.put(key, s);
            }
            Heading budgetHeading = sectionHeadings.get("年度预算安排");
            List<NumberedLine> budget = sections.get("年度预算安排");
            NumberedLine amountLine = budget.stream().filter(l -> l.text().contains(AMOUNT_KEY)).findFirst()
                    .orElseThrow(() -> new BudgetDocumentParseException(budgetHeading.line(), "project " + code + " '"
                            + name + "' states no amount (no '" + AMOUNT_KEY + "…万元' in lines " + budgetHeading.line()
                            + "-" + doc.endOfSection(budgetHeading, 2) + ")"));
            int at = amountLine.text().indexOf(AMOUNT_KEY) + AMOUNT_KEY.length();
            Matcher am = AMOUNT_AFTER.matcher(amountLine.text().substring(at));
            if (!am.find()) {
                throw new BudgetDocumentParseException(amountLine.number(), "project " + code + " '" + name
                        + "': malformed amount after '" + AMOUNT_KEY + "': '"
                        + abbreviate(amountLine.text().substring(at)) + "'");
            }
            BigDecimal amount = AmountText.amount(am.group(1), am.group(2), amountLine.number(), "project " + code);
            String asWritten = am.group(1) + am.group(2);
            List<AmountBreakdownLine> breakdown = breakdown(amountLine.text().substring(at + am.end()),
                    amountLine.number(), code);

            String periodText = sections.get("实施周期").stream().map(NumberedLine::text)
                    .collect(Collectors.joining("\n"));
            Matcher pm = PERIOD.matcher(periodText);
            if (!pm.find()) {
                throw new BudgetDocumentParseException(sectionHeadings.get("实施周期").line(), "project " + code
                        + " '" + name + "': the period is not 'YYYY年MM月DD日至YYYY年MM月DD日'");
            }
            int periodLine = sections.get("实施周期").isEmpty() ? sectionHeadings.get("实施周期").line()
                    : sections.get("实施周期").get(0).number();
            LocalDate start = date(pm.group(1), pm.group(2), pm.group(3), periodLine);
            LocalDate finish = date(pm.group(4), pm.group(5), pm.group(6), periodLine);
            String bodyText = join(sections.get("实施主体"));
            Matcher bm = IMPLEMENTING_BODY.matcher(bodyText);
            String implementingBody = bm.find() ? bm.group(1) : bodyText;

            List<NumberedLine> plan = sections.get("实施方案");
            PaymentTermsParser.Result terms = new PaymentTermsParser(fiscalYear).parse(plan, name);
            if (terms.problem() != null) {
                PaymentTermsParser.Problem problem = terms.problem();
                parseFindings.add(new Finding(
                        problem.percentSum() ? FindingCode.PAYMENT_TERMS_PERCENT_SUM
                                : FindingCode.PAYMENT_TERMS_UNRECOGNISED,
                        code + " " + name + ": payment clause — " + problem.reason(),
                        problem.percentSum() ? BigDecimal.valueOf(100) : null,
                        problem.percentTotal(),
                        problem.percentSum() ? BigDecimal.valueOf(100).subtract(problem.percentTotal()) : null,
                        problem.lines(), "kept as UNSPECIFIED with the clause text; enter the schedule from the "
                        + "signed contract", code, null));
            }
            List<NumberedLine> targetLines = new ArrayList<>(sections.get("项目概述"));
            targetLines.addAll(plan);
            return new ParsedProject(sequence, code, name, amount, asWritten, amountLine.number(), breakdown, start,
                    finish, implementingBody, join(sections.get("项目概述")), join(sections.get("立项依据")),
                    join(plan), join(sections.get("绩效目标")), terms.terms(), TargetExtractor.extract(targetLines),
                    h.line(), end);
        }

        private List<AmountBreakdownLine> breakdown(String rest, int line, String code) {
            List<AmountBreakdownLine> parts = new ArrayList<>();
            for (String segment : topLevelSegments(rest)) {
                Matcher m = BREAKDOWN_PART.matcher(segment);
                if (!m.find()) {
                    continue;
                }
                String label = segment.substring(0, m.start()).strip()
                        .replaceFirst("^(?:其中|主要用于)", "").strip();
                String unit = m.group(2).startsWith("万") ? "万元" : "元";
                BigDecimal value = AmountText.amount(m.group(1), unit, line, "breakdown of " + code);
                parts.add(new AmountBreakdownLine(label, value, m.group(1) + m.group(2), line));
            }
            return parts.size() >= 2 ? parts : List.of();
        }

        private LocalDate date(String y, String m, String d, int line) {
            try {
                return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            } catch (DateTimeException e) {
                throw new BudgetDocumentParseException(line, "invalid date " + y + "年" + m + "月" + d + "日");
            }
        }
    }

    /** Splits at ，、；。 outside （） so that "二类费用（咨询费、…）56.965万元" stays one segment. */
    private static List<String> topLevelSegments(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && "，、；。".indexOf(c) >= 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /** The lines as written, for the texts stored with a project. */
    private static String join(List<NumberedLine> lines) {
        return lines.stream().map(NumberedLine::original).collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String text) {
        return abbreviate(text, 40);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    private static RevenueBudget revenue(TwoSidedTable summary) {
        return new RevenueBudget(summary.income().stream()
                .map(l -> new RevenueBudget.RevenueSourceLine(l.name(), l.level(), l.amount(0), l.line())).toList(),
                summary.incomeTotal(), summary.totalLine());
    }

    private static FunctionalExpenditureRow functionalRow(CodedRow r) {
        return new FunctionalExpenditureRow(r.codes().get(0), r.level() > 1 ? r.codes().get(1) : null,
                r.level() > 2 ? r.codes().get(2) : null, r.name(), r.amount(0), r.amount(1), r.amount(2), r.line());
    }

    private static EconomicExpenditureRow economicRow(CodedRow r) {
        return new EconomicExpenditureRow(r.codes().get(0), r.level() > 1 ? r.codes().get(1) : null, r.name(),
                r.amount(0), r.amount(1), r.amount(2), r.line());
    }
}
