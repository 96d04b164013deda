package cn.songjiang.budget.projects.service.importing;

import cn.songjiang.budget.projects.domain.FindingCode;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.projects.service.importing.CauseAnalysis.Explanation;
import cn.songjiang.budget.projects.service.importing.CauseAnalysis.Figure;
import cn.songjiang.budget.projects.service.importing.CauseAnalysis.ProjectCorrection;
import cn.songjiang.budget.projects.service.importing.TableReader.CodedRow;
import cn.songjiang.budget.projects.service.importing.TableReader.CodedTable;
import cn.songjiang.budget.projects.service.importing.TableReader.SideLine;
import cn.songjiang.budget.projects.service.importing.TableReader.TwoSidedTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recomputes every total the document declares from its parts and reports each mismatch as a {@link Finding}.
 * It never changes a figure: causes and suggested corrections are for a person to confirm.
 */
final class Reconciler {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PERCENT_SCALE = 2;
    private static final java.util.regex.Pattern CONTRACT_AMOUNT =
            java.util.regex.Pattern.compile("^(" + AmountText.NUMBER + ")(万元|元)");

    private final List<Finding> findings = new ArrayList<>();

    private Reconciler() {
    }

    static List<Finding> reconcile(DocumentFacts facts, List<Finding> parseFindings) {
        Reconciler r = new Reconciler();
        r.codedTable(facts.revenueByFunction());
        r.codedTable(facts.expenditure());
        r.codedTable(facts.generalPublic());
        r.codedTable(facts.governmentFund());
        r.codedTable(facts.stateCapital());
        r.codedTable(facts.economic());
        r.twoSided(facts.summary());
        r.twoSided(facts.appropriation());
        r.crossTables(facts);
        r.threePublic(facts);
        r.intro(facts);
        r.procurement(facts.procurement());
        r.department(facts.department());
        r.findings.addAll(parseFindings);
        r.projects(facts);
        return List.copyOf(r.findings);
    }

    // ---- tables -------------------------------------------------------------------------------------------------

    private void codedTable(CodedTable t) {
        List<String> cols = t.columns();
        List<CodedRow> all = new ArrayList<>(t.rows());
        all.add(t.total());
        if (cols.size() > 1) {
            for (CodedRow row : all) {
                List<Figure> parts = new ArrayList<>();
                for (int c = 1; c < cols.size(); c++) {
                    parts.add(Figure.yuan(t.title() + " " + row.label() + " " + cols.get(c), row.amount(c), row.line()));
                }
                Figure declared = Figure.yuan(t.title() + " " + row.label() + " " + cols.get(0), row.amount(0),
                        row.line());
                sum(FindingCode.TABLE_ROW_SUM, t.title() + " row " + row.label() + ": " + cols.get(0) + " vs "
                        + String.join(" + ", cols.subList(1, cols.size())), declared, parts);
            }
        }
        for (CodedRow parent : t.rows()) {
            List<CodedRow> children = t.rows().stream()
                    .filter(r -> r.level() == parent.level() + 1
                            && r.codes().subList(0, parent.level()).equals(parent.codes()))
                    .toList();
            if (children.isEmpty()) {
                continue;
            }
            for (int c = 0; c < cols.size(); c++) {
                int col = c;
                sum(FindingCode.TABLE_SUBTOTAL, t.title() + " " + parent.label() + " " + cols.get(c) + " vs its "
                                + (parent.level() == 1 ? "款" : "项") + " rows",
                        Figure.yuan(t.title() + " " + parent.label() + " " + cols.get(c), parent.amount(c),
                                parent.line()),
                        children.stream().map(ch -> Figure.yuan(t.title() + " " + ch.label() + " " + cols.get(col),
                                ch.amount(col), ch.line())).toList());
            }
        }
        List<CodedRow> top = t.rows().stream().filter(r -> r.level() == 1).toList();
        for (int c = 0; c < cols.size(); c++) {
            int col = c;
            sum(FindingCode.TABLE_TOTAL, t.title() + " 合计 " + cols.get(c) + " vs its 类 rows",
                    Figure.yuan(t.title() + " 合计 " + cols.get(c), t.total().amount(c), t.total().line()),
                    top.stream().map(r -> Figure.yuan(t.title() + " " + r.label() + " " + cols.get(col),
                            r.amount(col), r.line())).toList());
        }
    }

    private void twoSided(TwoSidedTable t) {
        List<SideLine> incomeTop = t.income().stream().filter(l -> l.level() == 1).toList();
        sum(FindingCode.TABLE_TOTAL, t.title() + " 收入总计 vs its income lines",
                Figure.yuan(t.title() + " 收入总计", t.incomeTotal(), t.totalLine()),
                incomeTop.stream().map(l -> Figure.yuan(t.title() + " " + l.name(), l.amount(0), l.line())).toList());
        for (int i = 0; i < t.income().size(); i++) {
            SideLine parent = t.income().get(i);
            if (parent.level() != 1) {
                continue;
            }
            List<SideLine> children = new ArrayList<>();
            for (int j = i + 1; j < t.income().size() && t.income().get(j).level() == 2; j++) {
                children.add(t.income().get(j));
            }
            if (!children.isEmpty()) {
                sum(FindingCode.TABLE_SUBTOTAL, t.title() + " " + parent.name() + " vs its sub-lines",
                        Figure.yuan(t.title() + " " + parent.name(), parent.amount(0), parent.line()),
                        children.stream().map(l -> Figure.yuan(t.title() + " " + l.name(), l.amount(0), l.line()))
                                .toList());
            }
        }
        int columns = t.expenditureTotal().size();
        for (int c = 0; c < columns; c++) {
            int col = c;
            sum(FindingCode.TABLE_TOTAL, t.title() + " 支出总计" + (columns > 1 ? " column " + (c + 1) : "")
                            + " vs its expenditure lines",
                    Figure.yuan(t.title() + " 支出总计", t.expenditureTotal().get(c), t.totalLine()),
                    t.expenditure().stream().map(l -> Figure.yuan(t.title() + " " + l.name(), l.amount(col), l.line()))
                            .toList());
        }
        if (columns > 1) {
            List<SideLine> rows = new ArrayList<>(t.expenditure());
            rows.add(new SideLine("支出总计", 1, t.expenditureTotal(), t.totalLine()));
            for (SideLine row : rows) {
                sum(FindingCode.TABLE_ROW_SUM, t.title() + " " + row.name() + ": 合计 vs the budget columns",
                        Figure.yuan(t.title() + " " + row.name() + " 合计", row.amount(0), row.line()),
                        row.amounts().subList(1, columns).stream()
                                .map(a -> Figure.yuan(t.title() + " " + row.name(), a, row.line())).toList());
            }
        }
        pair(FindingCode.TABLE_CROSS_CHECK, t.title() + " 收入总计 vs 支出总计",
                Figure.yuan(t.title() + " 收入总计", t.incomeTotal(), t.totalLine()),
                Figure.yuan(t.title() + " 支出总计", t.expenditureTotal().get(0), t.totalLine()));
    }

    private void crossTables(DocumentFacts f) {
        CodedTable exp = f.expenditure();
        Map<String, CodedRow> expByName = exp.rows().stream().filter(r -> r.level() == 1)
                .collect(Collectors.toMap(CodedRow::name, Function.identity(), (a, b) -> a));
        for (SideLine line : f.summary().expenditure()) {
            CodedRow row = expByName.get(line.name());
            BigDecimal tableValue = row == null ? Money.ZERO : row.amount(0);
            pair(FindingCode.TABLE_CROSS_CHECK, f.summary().title() + " " + line.name() + " vs "
                            + exp.title(),
                    Figure.yuan(f.summary().title() + " " + line.name(), line.amount(0), line.line()),
                    Figure.yuan(exp.title() + " " + (row == null ? line.name() + " (no row)" : row.label()) + " 合计",
                            tableValue, row == null ? exp.headingLine() : row.line()));
        }
        for (SideLine line : f.appropriation().expenditure()) {
            CodedRow row = expByName.get(line.name());
            BigDecimal tableValue = row == null ? Money.ZERO : row.amount(0);
            pair(FindingCode.TABLE_CROSS_CHECK, f.appropriation().title() + " " + line.name() + " vs " + exp.title(),
                    Figure.yuan(f.appropriation().title() + " " + line.name(), line.amount(0), line.line()),
                    Figure.yuan(exp.title() + " " + (row == null ? line.name() + " (no row)" : row.label()) + " 合计",
                            tableValue, row == null ? exp.headingLine() : row.line()));
        }
        totalPair(f.summary().title() + " 收入总计 vs " + f.revenueByFunction().title() + " 合计",
                Figure.yuan(f.summary().title() + " 收入总计", f.summary().incomeTotal(), f.summary().totalLine()),
                f.revenueByFunction());
        totalPair(f.summary().title() + " 支出总计 vs " + exp.title() + " 合计",
                Figure.yuan(f.summary().title() + " 支出总计", f.summary().expenditureTotal().get(0),
                        f.summary().totalLine()), exp);
        pair(FindingCode.TABLE_CROSS_CHECK, f.summary().title() + " 收入总计 vs " + f.appropriation().title()
                        + " 收入总计",
                Figure.yuan(f.summary().title() + " 收入总计", f.summary().incomeTotal(), f.summary().totalLine()),
                Figure.yuan(f.appropriation().title() + " 收入总计", f.appropriation().incomeTotal(),
                        f.appropriation().totalLine()));
        // All revenue of this kind of department is 一般公共预算; then the 一般公共预算 table repeats 支出预算总表.
        BigDecimal generalIncome = incomeLine(f.summary(), "一般公共预算").map(l -> l.amount(0)).orElse(null);
        if (generalIncome != null && generalIncome.compareTo(f.summary().incomeTotal()) == 0) {
            Map<String, CodedRow> gp = f.generalPublic().rows().stream()
                    .collect(Collectors.toMap(CodedRow::code, Function.identity(), (a, b) -> a));
            for (CodedRow row : exp.rows()) {
                CodedRow other = gp.get(row.code());
                for (int c = 0; c < exp.columns().size(); c++) {
                    pair(FindingCode.TABLE_CROSS_CHECK, f.generalPublic().title() + " " + row.label() + " "
                                    + exp.columns().get(c) + " vs " + exp.title(),
                            Figure.yuan(f.generalPublic().title() + " " + row.label(),
                                    other == null ? Money.ZERO : other.amount(c),
                                    other == null ? f.generalPublic().headingLine() : other.line()),
                            Figure.yuan(exp.title() + " " + row.label(), row.amount(c), row.line()));
                }
            }
            for (int c = 0; c < exp.columns().size(); c++) {
                pair(FindingCode.TABLE_CROSS_CHECK, f.generalPublic().title() + " 合计 " + exp.columns().get(c)
                                + " vs " + exp.title(),
                        Figure.yuan(f.generalPublic().title() + " 合计", f.generalPublic().total().amount(c),
                                f.generalPublic().total().line()),
                        Figure.yuan(exp.title() + " 合计", exp.total().amount(c), exp.total().line()));
            }
        }
        pair(FindingCode.TABLE_CROSS_CHECK, f.economic().title() + " 合计 vs " + exp.title() + " 基本支出",
                Figure.yuan(f.economic().title() + " 合计", f.economic().total().amount(0),
                        f.economic().total().line()),
                Figure.yuan(exp.title() + " 合计 基本支出", exp.total().amount(1), exp.total().line()));
        List<BigDecimal> appropriationTotal = f.appropriation().expenditureTotal();
        if (appropriationTotal.size() >= 4) {
            pair(FindingCode.TABLE_CROSS_CHECK, f.governmentFund().title() + " 合计 vs " + f.appropriation().title()
                            + " 政府性基金预算",
                    Figure.yuan(f.governmentFund().title() + " 合计", f.governmentFund().total().amount(0),
                            f.governmentFund().total().line()),
                    Figure.yuan(f.appropriation().title() + " 政府性基金预算", appropriationTotal.get(2),
                            f.appropriation().totalLine()));
            pair(FindingCode.TABLE_CROSS_CHECK, f.stateCapital().title() + " 合计 vs " + f.appropriation().title()
                            + " 国有资本经营预算",
                    Figure.yuan(f.stateCapital().title() + " 合计", f.stateCapital().total().amount(0),
                            f.stateCapital().total().line()),
                    Figure.yuan(f.appropriation().title() + " 国有资本经营预算", appropriationTotal.get(3),
                            f.appropriation().totalLine()));
            pair(FindingCode.TABLE_CROSS_CHECK, f.generalPublic().title() + " 合计 vs " + f.appropriation().title()
                            + " 一般公共预算",
                    Figure.yuan(f.generalPublic().title() + " 合计", f.generalPublic().total().amount(0),
                            f.generalPublic().total().line()),
                    Figure.yuan(f.appropriation().title() + " 一般公共预算", appropriationTotal.get(1),
                            f.appropriation().totalLine()));
        }
    }

    private void totalPair(String subject, Figure declared, CodedTable table) {
        pair(FindingCode.TABLE_CROSS_CHECK, subject, declared,
                Figure.yuan(table.title() + " 合计", table.total().amount(0), table.total().line()));
    }

    private static Optional<SideLine> incomeLine(TwoSidedTable t, String name) {
        return t.income().stream().filter(l -> l.name().equals(name)).findFirst();
    }

    // ---- 三公, text ------------------------------------------------------------------------------------------------

    private void threePublic(DocumentFacts f) {
        ThreePublicExpenses t = f.threePublic();
        String title = "“三公”经费预算表";
        sum(FindingCode.TABLE_ROW_SUM, title + ": 合计 vs 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费",
                Figure.yuan(title + " 合计", t.total(), t.line()),
                List.of(Figure.yuan(title + " 因公出国（境）费", t.outboundTravel(), t.line()),
                        Figure.yuan(title + " 公务接待费", t.reception(), t.line()),
                        Figure.yuan(title + " 公务用车购置及运行费", t.vehicleTotal(), t.line())));
        sum(FindingCode.TABLE_SUBTOTAL, title + ": 公务用车 小计 vs 购置费 + 运行费",
                Figure.yuan(title + " 公务用车小计", t.vehicleTotal(), t.line()),
                List.of(Figure.yuan(title + " 购置费", t.vehiclePurchase(), t.line()),
                        Figure.yuan(title + " 运行费", t.vehicleOperation(), t.line())));
        f.economic().rows().stream().filter(r -> r.name().equals("公务接待费")).findFirst().ifPresent(row ->
                pair(FindingCode.TABLE_CROSS_CHECK, title + " 公务接待费 vs " + f.economic().title(),
                        Figure.yuan(title + " 公务接待费", t.reception(), t.line()),
                        Figure.yuan(f.economic().title() + " " + row.label(), row.amount(0), row.line())));
        DocumentFacts.ThreePublicText text = f.threePublicText();
        textVsTable("“三公”经费预算数", text.total(), Figure.yuan(title + " 合计", t.total(), t.line()));
        textVsTable("因公出国（境）费", text.outboundTravel(),
                Figure.yuan(title + " 因公出国（境）费", t.outboundTravel(), t.line()));
        textVsTable("公务用车购置及运行费", text.vehicleTotal(),
                Figure.yuan(title + " 公务用车购置及运行费", t.vehicleTotal(), t.line()));
        textVsTable("公务用车购置费", text.vehiclePurchase(), Figure.yuan(title + " 购置费", t.vehiclePurchase(), t.line()));
        textVsTable("公务用车运行费", text.vehicleOperation(),
                Figure.yuan(title + " 运行费", t.vehicleOperation(), t.line()));
        textVsTable("公务接待费", text.reception(), Figure.yuan(title + " 公务接待费", t.reception(), t.line()));
    }

    private void intro(DocumentFacts f) {
        DocumentFacts.IntroText text = f.intro();
        TwoSidedTable summary = f.summary();
        textVsTable("收入预算", text.incomeTotal(),
                Figure.yuan(summary.title() + " 收入总计", summary.incomeTotal(), summary.totalLine()));
        textVsTable("支出预算", text.expenditureTotal(),
                Figure.yuan(summary.title() + " 支出总计", summary.expenditureTotal().get(0), summary.totalLine()));
        incomeVsText(summary, "财政拨款收入", text.fiscalIncome());
        incomeVsText(summary, "事业收入", text.businessIncome());
        incomeVsText(summary, "事业单位经营收入", text.operatingIncome());
        incomeVsText(summary, "其他收入", text.otherIncome());
        TwoSidedTable app = f.appropriation();
        textVsTable("财政拨款支出预算", text.fiscalExpenditure(),
                Figure.yuan(app.title() + " 支出总计", app.expenditureTotal().get(0), app.totalLine()));
        if (app.expenditureTotal().size() >= 4) {
            textVsTable("一般公共预算拨款支出预算", text.generalPublicExpenditure(),
                    Figure.yuan(app.title() + " 一般公共预算", app.expenditureTotal().get(1), app.totalLine()));
            textVsTable("政府性基金拨款支出预算", text.fundExpenditure(),
                    Figure.yuan(app.title() + " 政府性基金预算", app.expenditureTotal().get(2), app.totalLine()));
            textVsTable("国有资本经营预算拨款支出预算", text.stateCapitalExpenditure(),
                    Figure.yuan(app.title() + " 国有资本经营预算", app.expenditureTotal().get(3), app.totalLine()));
        }
        for (Figure item : text.items()) {
            Optional<CodedRow> row = f.expenditure().rows().stream()
                    .filter(r -> r.name().equals(item.label()))
                    .max(Comparator.comparingInt(CodedRow::level));
            Figure table = row.map(r -> Figure.yuan(f.expenditure().title() + " " + r.label() + " 合计", r.amount(0),
                            r.line()))
                    .orElse(Figure.yuan(f.expenditure().title() + " (no row named " + item.label() + ")", Money.ZERO,
                            f.expenditure().headingLine()));
            textVsTable("“" + item.label() + "”科目", item, table);
        }
        YearOnYearChange yoy = text.yearOnYear();
        BigDecimal previous = yoy.currentTotal().subtract(yoy.change());
        if (previous.signum() > 0) {
            BigDecimal percent = yoy.change().multiply(HUNDRED).divide(previous, PERCENT_SCALE, RoundingMode.HALF_UP)
                    .abs();
            if (percent.compareTo(yoy.declaredPercent()) != 0) {
                add(FindingCode.YEAR_ON_YEAR_PERCENT, "year-on-year change: declared percent vs change ÷ "
                                + yoy.previousYear() + " budget", yoy.declaredPercent(), percent,
                        List.of(yoy.line()), null, null, null);
            }
        }
    }

    private void incomeVsText(TwoSidedTable summary, String name, Figure text) {
        if (text == null) {
            return;
        }
        SideLine line = incomeLine(summary, name).orElse(null);
        textVsTable(name, text, line == null
                ? Figure.yuan(summary.title() + " (no line " + name + ")", Money.ZERO, summary.headingLine())
                : Figure.yuan(summary.title() + " " + name, line.amount(0), line.line()));
    }

    private void textVsTable(String what, Figure text, Figure table) {
        if (text != null) {
            pair(FindingCode.TEXT_VS_TABLE, what + ": text vs table", text, table);
        }
    }

    // ---- procurement, department --------------------------------------------------------------------------------

    private void procurement(ProcurementBudget p) {
        sum(FindingCode.PROCUREMENT_SPLIT, "政府采购预算: total vs 货物 + 工程 + 服务",
                Figure.yuan("政府采购预算", p.total(), p.line()),
                List.of(Figure.yuan("货物", p.goods(), p.line()), Figure.yuan("工程", p.works(), p.line()),
                        Figure.yuan("服务", p.services(), p.line())));
        if (p.smeReserved().compareTo(p.total()) > 0) {
            add(FindingCode.PROCUREMENT_SPLIT, "面向中小企业预留 exceeds the procurement total", p.smeReserved(),
                    p.total(), List.of(p.reservedLine(), p.line()), null, null, null);
        }
        if (p.smallMicroReserved().compareTo(p.smeReserved()) > 0) {
            add(FindingCode.PROCUREMENT_SPLIT, "预留给小型和微型企业 exceeds the SME reservation",
                    p.smallMicroReserved(), p.smeReserved(), List.of(p.reservedLine()), null, null, null);
        }
    }

    private void department(DepartmentInfo d) {
        if (d.declaredSectionCount() > 0 && d.declaredSectionCount() != d.sections().size()) {
            add(FindingCode.DEPARTMENT_SECTION_COUNT, "内设科室: declared count vs sections listed",
                    BigDecimal.valueOf(d.declaredSectionCount()), BigDecimal.valueOf(d.sections().size()),
                    List.of(d.sectionsLine()), null, null, null);
        }
    }

    // ---- projects -----------------------------------------------------------------------------------------------

    private void projects(DocumentFacts f) {
        List<ParsedProject> projects = f.projects();
        BigDecimal computed = projects.stream().map(ParsedProject::amount).reduce(Money.ZERO, BigDecimal::add);
        CodedRow expTotal = f.expenditure().total();
        BigDecimal projectExpenditure = expTotal.amount(2);
        PerformanceSummary perf = f.performance();

        Optional<Explanation> vsTables = CauseAnalysis.explainProjects(projectExpenditure.subtract(computed), projects);
        Optional<Explanation> vsPerformance = perf.total().compareTo(projectExpenditure) == 0 ? vsTables
                : CauseAnalysis.explainProjects(perf.total().subtract(computed), projects);
        List<ProjectCorrection> corrections = Stream.concat(
                        vsTables.map(Explanation::corrections).orElse(List.of()).stream(),
                        vsPerformance.map(Explanation::corrections).orElse(List.of()).stream())
                .collect(Collectors.toMap(c -> c.project().code(), Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new))
                .values().stream().toList();

        for (ParsedProject p : projects) {
            if (p.breakdown().size() >= 2) {
                BigDecimal parts = p.breakdown().stream().map(ParsedProject.AmountBreakdownLine::amount)
                        .reduce(Money.ZERO, BigDecimal::add);
                if (parts.compareTo(p.amount()) != 0) {
                    Optional<ProjectCorrection> c = corrections.stream()
                            .filter(x -> x.project() == p && x.kind() == ProjectCorrection.Kind.BREAKDOWN).findFirst();
                    List<Integer> lines = new ArrayList<>(List.of(p.amountLine()));
                    p.breakdown().forEach(b -> lines.add(b.line()));
                    add(FindingCode.PROJECT_BREAKDOWN, p.code() + " " + p.name() + ": amount vs its breakdown",
                            p.amount(), parts, lines,
                            c.map(ProjectCorrection::reason).orElse(null), p.code(),
                            c.map(ProjectCorrection::suggested).orElse(null));
                }
            }
            String planText = p.planText();
            int at = planText == null ? -1 : planText.indexOf("合同金额为");
            if (at >= 0) {
                contractAmount(p, planText.substring(at + "合同金额为".length()));
            }
        }
        for (ProjectCorrection c : corrections) {
            if (c.kind() == ProjectCorrection.Kind.BREAKDOWN) {
                continue;
            }
            ParsedProject p = c.project();
            FindingCode code = c.kind() == ProjectCorrection.Kind.UNIT ? FindingCode.PROJECT_AMOUNT_UNIT
                    : FindingCode.PROJECT_AMOUNT_TRANSPOSED;
            List<String> others = corrections.stream().filter(o -> o != c).map(o -> o.project().code()).toList();
            add(code, p.code() + " " + p.name() + ": stated amount vs the amount the totals imply", p.amount(),
                    c.suggested(), List.of(p.amountLine(), expTotal.line(), perf.line()),
                    c.reason() + "; with this correction" + (others.isEmpty() ? ""
                            : " and the one(s) for " + String.join(", ", others))
                            + " the projects sum exactly to " + reconciledTotals(c, vsTables, vsPerformance,
                            expTotal.line(), perf.line()), p.code(), c.suggested());
        }

        List<Integer> projectLines = new ArrayList<>();
        corrections.forEach(c -> projectLines.add(c.project().amountLine()));
        List<Integer> linesTables = new ArrayList<>(List.of(expTotal.line()));
        linesTables.addAll(projectLines);
        add(FindingCode.PROJECT_SUM_VS_PROJECT_EXPENDITURE, "sum of the " + projects.size()
                        + " project amounts vs 项目支出 of " + f.expenditure().title(), projectExpenditure, computed,
                linesTables, vsTables.map(Explanation::text).orElse(null), null, null);
        List<Integer> linesPerf = new ArrayList<>(List.of(perf.line()));
        linesPerf.addAll(projectLines);
        add(FindingCode.PROJECT_SUM_VS_PERFORMANCE_TOTAL, "sum of the " + projects.size()
                        + " project amounts vs the 绩效目标 total (" + perf.projectCount() + " projects)", perf.total(),
                computed, linesPerf, vsPerformance.map(Explanation::text).orElse(null), null, null);
        pair(FindingCode.PERFORMANCE_TOTAL_VS_PROJECT_EXPENDITURE, "绩效目标 total vs 项目支出",
                new Figure("绩效目标 涉及项目预算资金", perf.total(), Money.toWan(perf.total()).toPlainString(),
                        CauseAnalysis.WAN, perf.line()),
                Figure.yuan(f.expenditure().title() + " 合计 项目支出", projectExpenditure, expTotal.line()));
        long large = projects.stream().filter(p -> p.amount().compareTo(perf.largeProjectThreshold()) >= 0).count();
        if (large != perf.projectsAtOrOverThreshold()) {
            List<Integer> lines = new ArrayList<>(List.of(perf.line()));
            projects.stream().filter(p -> p.amount().compareTo(perf.largeProjectThreshold()) >= 0)
                    .forEach(p -> lines.add(p.amountLine()));
            add(FindingCode.PERFORMANCE_LARGE_PROJECT_COUNT, "projects ≥ "
                            + Money.toWan(perf.largeProjectThreshold()).toPlainString() + "万元: declared vs counted",
                    BigDecimal.valueOf(perf.projectsAtOrOverThreshold()), BigDecimal.valueOf(large), lines, null,
                    null, null);
        }
    }

    private static String reconciledTotals(ProjectCorrection c, Optional<Explanation> vsTables,
            Optional<Explanation> vsPerformance, int tablesLine, int performanceLine) {
        boolean tables = vsTables.map(e -> e.corrections().stream().anyMatch(x -> x.project() == c.project()))
                .orElse(false);
        boolean performance = vsPerformance.map(e -> e.corrections().stream()
                .anyMatch(x -> x.project() == c.project())).orElse(false);
        String t = "项目支出 (line " + tablesLine + ")";
        String p = "the 绩效目标 total (line " + performanceLine + ")";
        return tables && performance ? t + " and to " + p : tables ? t : p;
    }

    private void contractAmount(ParsedProject p, String rest) {
        java.util.regex.Matcher m = CONTRACT_AMOUNT.matcher(rest);
        if (!m.find()) {
            return;
        }
        BigDecimal contract;
        try {
            contract = AmountText.amount(m.group(1), m.group(2), p.amountLine(), "contract amount");
        } catch (BudgetDocumentParseException e) {
            return;
        }
        if (contract.compareTo(p.amount()) != 0) {
            add(FindingCode.PROJECT_CONTRACT_AMOUNT, p.code() + " " + p.name() + ": budget amount vs stated 合同金额",
                    p.amount(), contract, List.of(p.amountLine()), null, p.code(), null);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void sum(FindingCode code, String subject, Figure declared, List<Figure> parts) {
        BigDecimal computed = parts.stream().map(Figure::value).reduce(Money.ZERO, BigDecimal::add);
        if (declared.value().compareTo(computed) == 0) {
            return;
        }
        LinkedHashSet<Integer> lines = new LinkedHashSet<>();
        lines.add(declared.line());
        parts.forEach(p -> lines.add(p.line()));
        add(code, subject, declared.value(), computed, List.copyOf(lines),
                CauseAnalysis.explainSum(declared, parts).orElse(null), null, null);
    }

    private void pair(FindingCode code, String subject, Figure declared, Figure other) {
        if (declared.value().compareTo(other.value()) == 0) {
            return;
        }
        LinkedHashSet<Integer> lines = new LinkedHashSet<>(List.of(declared.line(), other.line()));
        add(code, subject, declared.value(), other.value(), List.copyOf(lines),
                CauseAnalysis.explainPair(declared, other).orElse(null), null, null);
    }

    private void add(FindingCode code, String subject, BigDecimal declared, BigDecimal computed, List<Integer> lines,
            String cause, String projectCode, BigDecimal suggested) {
        if (declared.compareTo(computed) == 0) {
            return;
        }
        findings.add(new Finding(code, subject, declared, computed, declared.subtract(computed),
                lines.stream().distinct().sorted().toList(), cause, projectCode, suggested));
    }
}
