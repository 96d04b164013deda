package cn.songjiang.budget.projects.service.importing;

import cn.songjiang.budget.projects.domain.IndicatorLevel1;
import cn.songjiang.budget.projects.domain.IndicatorLevel2;
import cn.songjiang.budget.projects.domain.TargetComparator;
import cn.songjiang.budget.projects.service.importing.SourceDocument.NumberedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the level-3 performance targets that a project's 概述 and 实施方案 state outright (预算绩效管理,
 * docs/domain.md §6.1): counts, floors, coverage, zero-incident and deadline targets. Each rule matches one way of
 * writing a target; what no rule matches is entered through the API. Nothing is inferred beyond the words.
 */
final class TargetExtractor {

    /** A way of writing a target; the regex runs only on lines that contain one of the anchors. */
    private record Rule(List<String> anchors, Pattern pattern,
            BiFunction<Matcher, NumberedLine, List<ParsedTarget>> read) {
    }

    private static final String CJK = "\\u4e00-\\u9fa5";
    private static final int MAX_NAME = 20;
    private static final String DELIMITERS = "，。；、：,;:";

    private static final List<Rule> RULES = List.of(
            rule(List.of("人的驻场"), "不少于(\\d{1,9})人的驻场(?:服务|技术)*团队",
                    (m, l) -> count(IndicatorLevel2.QUANTITY, "驻场服务团队人数", TargetComparator.GE, m.group(1), "人",
                            false, m, l)),
            rule(List.of("带宽"), "(备用互联网链路|每条链路各)不小于(\\d{1,9})(M|G)带宽",
                    (m, l) -> count(IndicatorLevel2.QUALITY,
                            m.group(1).equals("备用互联网链路") ? "备用互联网链路带宽" : "互联网光纤链路带宽（每条）",
                            TargetComparator.GE, m.group(2), m.group(3) + "bps", false, m, l)),
            rule(List.of("个村、居委会"), "(\\d{1,9})个村、居委会",
                    (m, l) -> count(IndicatorLevel2.QUANTITY, "覆盖村居委会网点数", TargetComparator.EQ, m.group(1), "个",
                            false, m, l)),
            rule(List.of("全年预计发放"), "全年预计发放(\\d{1,9})套左右",
                    (m, l) -> count(IndicatorLevel2.QUANTITY, "免费印章发放数量", TargetComparator.EQ, m.group(1), "套",
                            true, m, l)),
            rule(List.of("枚印章"), "一套(\\d{1,9})枚印章",
                    (m, l) -> count(IndicatorLevel2.QUANTITY, "每套印章枚数", TargetComparator.EQ, m.group(1), "枚",
                            false, m, l)),
            rule(List.of("名志愿者"), "(周一至周五|周六|周日)配备(\\d{1,9})名志愿者",
                    (m, l) -> count(IndicatorLevel2.QUANTITY, m.group(1) + "在岗志愿者人数", TargetComparator.EQ,
                            m.group(2), "人", false, m, l)),
            rule(List.of("波峰通道"), "(\\d{1,9})条(\\d{1,4}G)波峰通道",
                    (m, l) -> count(IndicatorLevel2.QUANTITY, "开通" + m.group(2) + "波峰通道数", TargetComparator.EQ,
                            m.group(1), "条", false, m, l)),
            rule(List.of("覆盖率达"), "覆盖率达(\\d{1,3}(?:\\.\\d{1,4})?)%",
                    (m, l) -> {
                        int start = nameStart(l.text(), m.start());
                        String name = l.text().substring(start, m.start()).strip().replaceFirst("^做到", "");
                        return name.length() < 2 ? List.of() : count(IndicatorLevel2.QUALITY, name + "覆盖率",
                                TargetComparator.GE, m.group(1), "%", false, l.text().substring(start, m.end()), l);
                    }),
            rule(List.of("个备案为等保三级的系统"), "([0-9一二三四五六七八九十]{1,4})个备案为等保三级的系统",
                    (m, l) -> count(IndicatorLevel2.QUANTITY, "等保三级系统测评数量", TargetComparator.EQ,
                            String.valueOf(AmountText.smallInteger(m.group(1), l.number(), "system count")), "个",
                            false, m, l)),
            rule(List.of("无"), "无(重大的?)?([" + CJK + "]{0,12}?)(事故|事件)(?:发生|(?=[。，；]))",
                    (m, l) -> count(IndicatorLevel2.QUALITY,
                            (m.group(1) != null ? "重大" : "") + m.group(2) + m.group(3) + "数",
                            TargetComparator.EQ, "0", "起", false, m, l)),
            rule(List.of("零发生"), "(事故|事件)零发生",
                    (m, l) -> {
                        int start = nameStart(l.text(), m.start());
                        String name = l.text().substring(start, m.start()).strip();
                        return name.length() < 2 ? List.of() : count(IndicatorLevel2.QUALITY,
                                name + m.group(1) + "数", TargetComparator.EQ, "0", "起", false,
                                l.text().substring(start, m.end()), l);
                    }),
            rule(List.of("月底前完成"), "预计于(\\d{4})年(\\d{1,2})月底前完成",
                    (m, l) -> deadline("完成时间", m, l)),
            rule(List.of("验收"), "(\\d{4})年(\\d{1,2})月，?(?:项目)?完成(?:项目)?验收",
                    (m, l) -> deadline("项目验收完成时间", m, l)),
            rule(List.of("招标"), "(\\d{4})年(\\d{1,2})月底前完成[^，。；]{0,30}?招标",
                    (m, l) -> deadline("招标完成时间", m, l)),
            rule(List.of("执行完毕"), "预计整个项目资金将于(\\d{4})年(\\d{1,2})月执行完毕",
                    (m, l) -> deadline("项目资金执行完毕时间", m, l)),
            rule(List.of("台", "套"), "(\\d{1,9})(台|套)([" + CJK + "A-Za-z]{2,12}?)(?=[、；，。（])",
                    (m, l) -> m.group(3).startsWith("左右") ? List.of()
                            : count(IndicatorLevel2.QUANTITY, m.group(3) + "数量", TargetComparator.EQ, m.group(1),
                                    m.group(2), false, m, l)),
            rule(List.of("台"), "(?<=[、的])([" + CJK + "]{1,7}(?:机|器|墙|柜|站|终端|设备|空调))(\\d{1,9})台",
                    (m, l) -> count(IndicatorLevel2.QUANTITY, m.group(1) + "数量", TargetComparator.EQ, m.group(2), "台",
                            false, m, l)),
            rule(List.of("个子平台"), "(\\d{1,9})个子平台",
                    (m, l) -> count(IndicatorLevel2.QUANTITY, "子平台数量", TargetComparator.EQ, m.group(1), "个", false,
                            m, l)),
            rule(List.of("家单位"), "为全区(\\d{1,9})家单位",
                    (m, l) -> count(IndicatorLevel2.QUANTITY, "服务单位数", TargetComparator.EQ, m.group(1), "家", false,
                            m, l)),
            rule(List.of("个项目或系统"), "承载(\\d{1,9})个使用单位的(\\d{1,9})个项目或系统",
                    (m, l) -> concat(
                            count(IndicatorLevel2.QUANTITY, "承载使用单位数", TargetComparator.EQ, m.group(1), "个", false,
                                    m, l),
                            count(IndicatorLevel2.QUANTITY, "承载项目或系统数", TargetComparator.EQ, m.group(2), "个",
                                    false, m, l))),
            rule(List.of("个信息系统"), "近(\\d{1,9})个信息系统",
                    (m, l) -> count(IndicatorLevel2.QUANTITY, "支撑信息系统数", TargetComparator.EQ, m.group(1), "个", true,
                            m, l)),
            rule(List.of("个院外委办局及街镇"), "连接(\\d{1,9})个院外委办局及街镇",
                    (m, l) -> count(IndicatorLevel2.QUANTITY, "连接院外委办局及街镇数", TargetComparator.EQ, m.group(1), "个",
                            false, m, l)),
            rule(List.of("每周", "每月", "每季度"), "每(周|月|季度)[^。；]{0,80}?(巡检|调查评估|运营报告|常规化检查)",
                    (m, l) -> count(IndicatorLevel2.TIMELINESS, m.group(2) + "频次", TargetComparator.EQ, "1",
                            "次/" + m.group(1), false, m, l)),
            rule(List.of("计提第三方监管服务费"), "以年度市云租用费预算的(\\d{1,3}(?:\\.\\d{1,4})?)%计提第三方监管服务费",
                    (m, l) -> count(IndicatorLevel2.OUTPUT_COST, "第三方监管服务费计提比例", TargetComparator.EQ, m.group(1),
                            "%", false, m, l)));

    private TargetExtractor() {
    }

    /** The targets stated in the given lines, in order of first appearance, without duplicates. */
    static List<ParsedTarget> extract(List<NumberedLine> lines) {
        Map<String, ParsedTarget> found = new LinkedHashMap<>();
        for (NumberedLine line : lines) {
            for (Rule rule : RULES) {
                if (rule.anchors().stream().noneMatch(line.text()::contains)) {
                    continue;
                }
                Matcher m = rule.pattern().matcher(line.text());
                while (m.find()) {
                    for (ParsedTarget t : rule.read().apply(m, line)) {
                        String key = t.level2() + "|" + t.name() + "|" + t.comparator() + "|"
                                + (t.value() == null ? "" : t.value().toPlainString()) + "|" + t.unit() + "|"
                                + t.deadline();
                        found.putIfAbsent(key, t);
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Start of the words just before {@code end}: back to the previous delimiter, at most {@link #MAX_NAME}. */
    private static int nameStart(String text, int end) {
        int start = end;
        while (start > 0 && end - start < MAX_NAME && DELIMITERS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    private static Rule rule(List<String> anchors, String regex, BiFunction<Matcher, NumberedLine, List<ParsedTarget>> read) {
        return new Rule(anchors, Pattern.compile(regex), read);
    }

    private static List<ParsedTarget> count(IndicatorLevel2 level2, String name, TargetComparator comparator,
            String value, String unit, boolean approximate, Matcher m, NumberedLine line) {
        return count(level2, name, comparator, value, unit, approximate, m.group(), line);
    }

    private static List<ParsedTarget> count(IndicatorLevel2 level2, String name, TargetComparator comparator,
            String value, String unit, boolean approximate, String source, NumberedLine line) {
        return List.of(new ParsedTarget(level2.parent(), level2, name, comparator, new BigDecimal(value), unit, null,
                approximate, source, line.number()));
    }

    private static List<ParsedTarget> deadline(String name, Matcher m, NumberedLine line) {
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return List.of();
        }
        LocalDate end = YearMonth.of(Integer.parseInt(m.group(1)), month).atEndOfMonth();
        return List.of(new ParsedTarget(IndicatorLevel1.OUTPUT, IndicatorLevel2.TIMELINESS, name, TargetComparator.LE,
                null, null, end, false, m.group(), line.number()));
    }

    private static List<ParsedTarget> concat(List<ParsedTarget> a, List<ParsedTarget> b) {
        List<ParsedTarget> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
