package cn.songjiang.budget.projects.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One form for the widths and punctuation publishers use, character for character. */
class TextNormaliserTest {

    @Test
    void fullWidthDigitsPointsPercentAndPipesBecomeAscii() {
        assertEquals("14.02万元，30%|", TextNormaliser.line("１４．０２万元，３０％｜"));
    }

    @Test
    void westernCommasSemicolonsColonsAndBracketsAreReadTheChineseWay() {
        assertEquals("签订后，支付30%；11月上旬（财政关账前）：", TextNormaliser.line("签订后,支付30%;11月上旬(财政关账前):"));
    }

    @Test
    void aThousandsCommaAndAColonBetweenDigitsStayAscii() {
        assertEquals("9,355.594579万元，10:30", TextNormaliser.line("9,355.594579万元,10:30"));
        assertEquals("１，２３４．５６".length(), TextNormaliser.line("１，２３４．５６").length());
        assertEquals("1,234.56", TextNormaliser.line("１，２３４．５６"));
        assertEquals("30，40", TextNormaliser.line("30,40"));
    }

    @Test
    void spaceVariantsBecomeSpacesAndTabsStay() {
        assertEquals("  a b\tc", TextNormaliser.line("\u3000\u00A0a\u2002b\tc"));
    }

    @Test
    void circledAndSuperscriptDigitsAndRomanNumeralsAreLeftAsWritten() {
        assertEquals("①30%，²Ⅱ", TextNormaliser.line("①30%，²Ⅱ"));
    }

    @Test
    void theSeedChangesOnlyWhereItMixesWidthsAndItsTextsAreKeptAsWritten() {
        List<String> lines = SeedDocument.text().lines().toList();
        List<Integer> changed = java.util.stream.IntStream.rangeClosed(1, lines.size())
                .filter(n -> !TextNormaliser.line(lines.get(n - 1)).equals(lines.get(n - 1))).boxed().toList();
        assertEquals(3, changed.size(), changed.toString());
        ParsedProject p = SeedDocument.parsed().projects().stream()
                .filter(x -> x.headingLine() <= 417 && 417 <= x.lastLine()).findFirst().orElseThrow();
        assertTrue((p.overview() + p.legalBasis() + p.planText()).contains("全生命周期管理,推动公共数据"), p.code());
    }
}
