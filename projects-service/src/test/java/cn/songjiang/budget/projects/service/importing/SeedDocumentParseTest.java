package cn.songjiang.budget.projects.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed document read whole: department, tables, declared figures and the 43 projects, to the fen. */
class SeedDocumentParseTest {

    private static final ParsedBudgetDocument DOC = SeedDocument.parsed();

    private static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    @Test
    void namesTheDepartmentAndFiscalYear() {
        assertEquals(2026, DOC.fiscalYear());
        assertEquals("上海市松江区2026年区级部门预算", DOC.title());
        assertEquals("SJZWFW", DOC.department().code());
        assertEquals("上海市松江区政务服务中心", DOC.department().name());
        assertEquals(5, DOC.department().nameLine());
    }

    @Test
    void listsTheElevenSectionsTheFunctionsTextDeclares() {
        DepartmentInfo d = DOC.department();
        assertEquals(11, d.declaredSectionCount());
        assertEquals(11, d.sections().size());
        assertEquals("行政（宣传）科", d.sections().get(0));
        assertEquals("跨域协作科", d.sections().get(10));
        assertEquals(28, d.sectionsLine());
        assertTrue(d.functionsText().startsWith("上海市松江区政务服务中心挂上海市松江区大数据中心牌子"));
        assertTrue(d.functionsText().endsWith("（十一）完成区委、区政府交办的其他任务。"));
        assertTrue(d.organisationText().contains("事业单位1家"));
    }

    @Test
    void readsTheAssetNotes() {
        AssetNotes a = DOC.department().assets();
        assertEquals(LocalDate.of(2025, 12, 31), a.asOf());
        assertEquals(0, a.vehicles());
        assertEquals(4, a.generalEquipmentOver50Wan());
        assertEquals(0, a.specialEquipmentOver100Wan());
        assertEquals("2026年暂无安排购置车辆/通用设备/专用设备计划。", a.purchasePlanText());
        assertEquals(337, a.line());
    }

    @Test
    void readsRevenueBySource() {
        RevenueBudget r = DOC.revenue();
        assertEquals(yuan("93555945.79"), r.declaredTotal());
        assertEquals(122, r.totalLine());
        List<String> names = r.sources().stream().map(RevenueBudget.RevenueSourceLine::name).toList();
        assertEquals(List.of("财政拨款收入", "一般公共预算", "政府性基金预算", "国有资本经营预算", "事业收入", "事业单位经营收入",
                "其他收入"), names);
        assertEquals(yuan("93555945.79"), r.sources().get(1).amount());
        assertEquals(2, r.sources().get(1).level());
        assertEquals(yuan("0.00"), r.sources().get(4).amount());
    }

    @Test
    void readsExpenditureByFunctionWithClassItemAndSubItemCodes() {
        List<FunctionalExpenditureRow> rows = DOC.expenditureByFunction();
        assertEquals(15, rows.size());
        FunctionalExpenditureRow other = rows.get(2);
        assertEquals("201-99-99", other.code());
        assertEquals(3, other.level());
        assertEquals("其他一般公共服务支出", other.name());
        assertEquals(yuan("89191963.47"), other.total());
        assertEquals(yuan("12986461.56"), other.basic());
        assertEquals(yuan("76205501.91"), other.project());
        assertEquals(163, other.line());
        FunctionalExpenditureRow housing = rows.get(14);
        assertEquals("221-02-01", housing.code());
        assertEquals(yuan("804450.64"), housing.basic());
        assertEquals(yuan("0.00"), housing.project());
        ExpenditureTotals t = DOC.expenditureTotals();
        assertEquals(yuan("93555945.79"), t.total());
        assertEquals(yuan("17350443.88"), t.basic());
        assertEquals(yuan("76205501.91"), t.project());
        assertEquals(176, t.line());
    }

    @Test
    void readsBasicExpenditureByEconomicClassification() {
        List<EconomicExpenditureRow> rows = DOC.basicExpenditureByEconomic();
        assertEquals(25, rows.size());
        EconomicExpenditureRow salary = rows.get(1);
        assertEquals("301-01", salary.code());
        assertEquals("基本工资", salary.name());
        assertEquals(yuan("2047972.00"), salary.personnel());
        assertEquals(yuan("0.00"), salary.publicUse());
        EconomicExpenditureRow office = rows.stream().filter(r -> r.code().equals("302-01")).findFirst().orElseThrow();
        assertEquals(yuan("536900.00"), office.publicUse());
        EconomicTotals t = DOC.basicExpenditureTotals();
        assertEquals(yuan("17350443.88"), t.total());
        assertEquals(yuan("15914739.38"), t.personnel());
        assertEquals(yuan("1435704.50"), t.publicUse());
    }

    @Test
    void readsThreePublicExpensesAndTheOperatingExpenseNote() {
        ThreePublicExpenses t = DOC.threePublicExpenses();
        assertEquals(yuan("6000.00"), t.total());
        assertEquals(yuan("6000.00"), t.reception());
        assertEquals(yuan("0.00"), t.outboundTravel());
        assertEquals(yuan("0.00"), t.vehicleTotal());
        assertEquals(307, t.line());
        OperatingExpenses o = DOC.operatingExpenses();
        assertEquals("/", o.tableCell());
        assertNull(o.amount());
        assertEquals("本部门无机关运行经费。", o.note());
    }

    @Test
    void readsTheYearOnYearChange() {
        YearOnYearChange y = DOC.yearOnYear();
        assertEquals(2025, y.previousYear());
        assertEquals(yuan("93555945.79"), y.currentTotal());
        assertEquals(yuan("8589423.81"), y.change());
        assertEquals(new BigDecimal("10.11"), y.declaredPercent());
        assertEquals("项目支出增加", y.reason());
        assertEquals(76, y.line());
    }

    @Test
    void convertsTheDeclaredProcurementBudgetExactlyFromWanToYuan() {
        ProcurementBudget p = DOC.procurement();
        assertEquals(yuan("32775.00"), p.goods());
        assertEquals(yuan("0.00"), p.works());
        assertEquals(yuan("26352441.40"), p.services());
        assertEquals(yuan("26385216.40"), p.total());
        assertEquals(yuan("11374441.40"), p.smeReserved());
        assertEquals(yuan("0.00"), p.smallMicroReserved());
        assertEquals(327, p.line());
        assertEquals(329, p.reservedLine());
    }

    @Test
    void readsThePerformanceTargetSummary() {
        PerformanceSummary s = DOC.performanceSummary();
        assertEquals(43, s.projectCount());
        assertEquals(yuan("76205501.91"), s.total());
        assertEquals(yuan("10000000.00"), s.largeProjectThreshold());
        assertEquals(2, s.projectsAtOrOverThreshold());
        assertEquals(333, s.line());
    }

    @Test
    void parsesFortyThreeProjectsInDocumentOrderWithStableCodes() {
        List<ParsedProject> projects = DOC.projects();
        assertEquals(43, projects.size());
        IntStream.range(0, 43).forEach(i -> {
            assertEquals(i + 1, projects.get(i).sequence());
            assertEquals(String.format("SJZWFW-2026-P%02d", i + 1), projects.get(i).code());
        });
        assertEquals("松江区政务服务中心工作服项目", projects.get(0).name());
        assertEquals("中心宣传与推广项目", projects.get(42).name());
        assertEquals(341, projects.get(0).headingLine());
        assertEquals(1720, projects.get(42).headingLine());
    }

    @ParameterizedTest(name = "{0} {1} = {2} 元")
    @CsvSource(delimiter = '|', textBlock = """
            SJZWFW-2026-P01 | 松江区政务服务中心工作服项目 | 379000.00 | 37.90万元 | 367
            SJZWFW-2026-P04 | 非编人员经费项目 | 12947800.00 | 1,294.78万元 | 469
            SJZWFW-2026-P06 | 松江区新政务服务中心信息化运维项目 | 469997.00 | 46.9997万元 | 531
            SJZWFW-2026-P13 | 松江区政务服务综合管理平台建设（运维）项目 | 872089.20 | 87.20892万元 | 765
            SJZWFW-2026-P24 | 松江区政务外网软硬件设备运维项目（运维） | 1019792.40 | 101.97924万元 | 1129
            SJZWFW-2026-P28 | 松江区使用市级电子政务云租用费（运维）项目 | 12323857.31 | 1,232.385731万元 | 1259
            SJZWFW-2026-P07 | 松江区大数据资源平台（运维）项目 | 156.36 | 156.36元 | 563
            SJZWFW-2026-P40 | 打造区级移动政务服务“旗舰店”项目 | 98.60 | 98.60元 | 1648
            """)
    void keepsEachProjectAmountToTheFenAsStated(String code, String name, String amount, String written, int line) {
        ParsedProject p = DOC.project(code);
        assertEquals(name, p.name());
        assertEquals(yuan(amount), p.amount());
        assertEquals(2, p.amount().scale());
        assertEquals(written, p.amountAsWritten());
        assertEquals(line, p.amountLine());
    }

    @Test
    void keepsTheBreakdownLinesTheTextGives() {
        List<ParsedProject.AmountBreakdownLine> platform = DOC.project("SJZWFW-2026-P03").breakdown();
        assertEquals(2, platform.size());
        assertEquals("松江区经济运行平台目建设费用", platform.get(0).label());
        assertEquals("661万元", platform.get(0).asWritten());
        assertEquals(yuan("6610000.00"), platform.get(0).amount());
        assertTrue(platform.get(1).label().startsWith("二类费用（咨询费、"));
        assertEquals(yuan("569650.00"), platform.get(1).amount());

        List<ParsedProject.AmountBreakdownLine> staff = DOC.project("SJZWFW-2026-P04").breakdown();
        assertEquals(List.of("1,251.76万元", "35.52万元", "0.84万元", "6.66万元"),
                staff.stream().map(ParsedProject.AmountBreakdownLine::asWritten).toList());
        assertEquals(List.of("非编人员工资", "非编人员工作餐补贴", "非编人员托幼费", "非编人员体检费"),
                staff.stream().map(ParsedProject.AmountBreakdownLine::label).toList());

        assertEquals(3, DOC.project("SJZWFW-2026-P43").breakdown().size());
        assertTrue(DOC.project("SJZWFW-2026-P01").breakdown().isEmpty());
    }

    @Test
    void readsPeriodImplementingBodyAndTexts() {
        ParsedProject p = DOC.project("SJZWFW-2026-P30");
        assertEquals("数据运营服务项目", p.name());
        assertEquals(LocalDate.of(2026, 1, 1), p.periodStart());
        assertEquals(LocalDate.of(2026, 12, 31), p.periodEnd());
        assertEquals("上海市松江区政务服务中心", p.implementingBody());
        assertTrue(p.overview().startsWith("数据运营服务项目，主要实施内容为引入专业驻场团队"));
        assertTrue(p.legalBasis().startsWith("1、文件依据：《松江区数据运营服务管理办法》（沪松府办〔2023〕43号）。"));
        assertTrue(p.legalBasis().contains("2、工作职能："));
        assertTrue(p.planText().contains("运营服务商安排不少于21人的驻场服务团队"));
        assertEquals("详见《上海市松江区政务服务中心2026年度项目绩效目标汇总表》。", p.targetNote());
        assertEquals(1296, p.headingLine());
        assertEquals(1329, p.lastLine());
    }

    @Test
    void everyProjectHasAPeriodAndAnImplementingBody() {
        for (ParsedProject p : DOC.projects()) {
            assertEquals(LocalDate.of(2026, 1, 1), p.periodStart(), p.code());
            assertEquals(LocalDate.of(2026, 12, 31), p.periodEnd(), p.code());
            assertEquals("上海市松江区政务服务中心", p.implementingBody(), p.code());
        }
    }
}
