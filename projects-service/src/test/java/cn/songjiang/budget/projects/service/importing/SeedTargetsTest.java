package cn.songjiang.budget.projects.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.projects.domain.IndicatorLevel1;
import cn.songjiang.budget.projects.domain.IndicatorLevel2;
import cn.songjiang.budget.projects.domain.TargetComparator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Performance targets the seed's project texts state outright, placed in the indicator tree (docs/domain.md §6.1). */
class SeedTargetsTest {

    private static final ParsedBudgetDocument DOC = SeedDocument.parsed();

    private static ParsedTarget target(String code, String name) {
        return DOC.project(code).targets().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " has no target '" + name + "': "
                        + DOC.project(code).targets()));
    }

    private static void assertCount(ParsedTarget t, IndicatorLevel2 level2, TargetComparator comparator, String value,
            String unit) {
        assertEquals(level2.parent(), t.level1());
        assertEquals(level2, t.level2());
        assertEquals(comparator, t.comparator());
        assertEquals(0, new BigDecimal(value).compareTo(t.value()), t.name());
        assertEquals(unit, t.unit());
        assertNull(t.deadline());
    }

    @Test
    void villageConnectionsOfTheNetworkLease() {
        ParsedTarget t = target("SJZWFW-2026-P27", "覆盖村居委会网点数");
        assertCount(t, IndicatorLevel2.QUANTITY, TargetComparator.EQ, "406", "个");
        assertEquals("406个村、居委会", t.sourceText());
        assertEquals(1203, t.line());
        assertEquals(1, DOC.project("SJZWFW-2026-P27").targets().stream()
                .filter(x -> x.name().equals("覆盖村居委会网点数")).count(), "stated three times, kept once");
        assertCount(target("SJZWFW-2026-P05", "覆盖村居委会网点数"), IndicatorLevel2.QUANTITY, TargetComparator.EQ, "398",
                "个");
    }

    @Test
    void onSiteTeamFloorAndNoMajorIncident() {
        ParsedTarget staff = target("SJZWFW-2026-P30", "驻场服务团队人数");
        assertCount(staff, IndicatorLevel2.QUANTITY, TargetComparator.GE, "21", "人");
        assertEquals("不少于21人的驻场服务团队", staff.sourceText());
        assertCount(target("SJZWFW-2026-P30", "重大数据安全事故数"), IndicatorLevel2.QUALITY, TargetComparator.EQ, "0",
                "起");
        assertCount(target("SJZWFW-2026-P31", "驻场服务团队人数"), IndicatorLevel2.QUANTITY, TargetComparator.GE, "4", "人");
    }

    @Test
    void aboutTwentySixThousandSealSetsIsApproximate() {
        ParsedTarget seals = target("SJZWFW-2026-P33", "免费印章发放数量");
        assertCount(seals, IndicatorLevel2.QUANTITY, TargetComparator.EQ, "26000", "套");
        assertTrue(seals.approximate());
        assertEquals("全年预计发放26000套左右", seals.sourceText());
        ParsedTarget perSet = target("SJZWFW-2026-P33", "每套印章枚数");
        assertCount(perSet, IndicatorLevel2.QUANTITY, TargetComparator.EQ, "4", "枚");
        assertFalse(perSet.approximate());
    }

    @Test
    void fiveLevelThreeSystemsAssessedAndFundsSpentByNovember() {
        assertCount(target("SJZWFW-2026-P08", "等保三级系统测评数量"), IndicatorLevel2.QUANTITY, TargetComparator.EQ, "5",
                "个");
        ParsedTarget deadline = target("SJZWFW-2026-P08", "项目资金执行完毕时间");
        assertEquals(IndicatorLevel1.OUTPUT, deadline.level1());
        assertEquals(IndicatorLevel2.TIMELINESS, deadline.level2());
        assertEquals(TargetComparator.LE, deadline.comparator());
        assertEquals(LocalDate.of(2026, 11, 30), deadline.deadline());
        assertNull(deadline.value());
    }

    @Test
    void volunteersOnWeekdaysAndSaturdays() {
        assertCount(target("SJZWFW-2026-P42", "周一至周五在岗志愿者人数"), IndicatorLevel2.QUANTITY, TargetComparator.EQ,
                "7", "人");
        assertCount(target("SJZWFW-2026-P42", "周六在岗志愿者人数"), IndicatorLevel2.QUANTITY, TargetComparator.EQ, "2",
                "人");
    }

    @Test
    void otnChannels() {
        assertCount(target("SJZWFW-2026-P10", "开通100G波峰通道数"), IndicatorLevel2.QUANTITY, TargetComparator.EQ, "6",
                "条");
        assertCount(target("SJZWFW-2026-P10", "开通10G波峰通道数"), IndicatorLevel2.QUANTITY, TargetComparator.EQ, "1",
                "条");
    }

    @Test
    void inspectionCoverageAndBandwidthFloors() {
        ParsedTarget coverage = target("SJZWFW-2026-P36", "网点软硬件设备检查覆盖率");
        assertCount(coverage, IndicatorLevel2.QUALITY, TargetComparator.GE, "100", "%");
        assertCount(target("SJZWFW-2026-P23", "互联网光纤链路带宽（每条）"), IndicatorLevel2.QUALITY, TargetComparator.GE,
                "900", "Mbps");
        assertCount(target("SJZWFW-2026-P26", "备用互联网链路带宽"), IndicatorLevel2.QUALITY, TargetComparator.GE, "800",
                "Mbps");
    }

    @Test
    void completionBeforeADate() {
        ParsedTarget uniforms = target("SJZWFW-2026-P01", "完成时间");
        assertEquals(LocalDate.of(2026, 11, 30), uniforms.deadline());
        assertEquals("预计于2026年11月底前完成", uniforms.sourceText());
        assertEquals(LocalDate.of(2026, 10, 31), target("SJZWFW-2026-P38", "项目验收完成时间").deadline());
        assertEquals(LocalDate.of(2026, 7, 31), target("SJZWFW-2026-P17", "招标完成时间").deadline());
    }

    @Test
    void devicesUnderMaintenanceAreCountedByName() {
        List<String> names = DOC.project("SJZWFW-2026-P15").targets().stream().map(ParsedTarget::name).toList();
        assertEquals(List.of("智能政务服务工作台数量", "无人值守受理站数量", "政务服务自助终端数量", "智能文件柜数量", "门禁系统数量",
                "终端运行系统数量"), names);
        assertCount(target("SJZWFW-2026-P25", "接入交换机数量"), IndicatorLevel2.QUANTITY, TargetComparator.EQ, "11", "台");
    }

    @Test
    void aProjectThatStatesNoTargetGetsNone() {
        assertTrue(DOC.project("SJZWFW-2026-P12").targets().isEmpty());
        assertTrue(DOC.project("SJZWFW-2026-P43").targets().isEmpty());
    }
}
