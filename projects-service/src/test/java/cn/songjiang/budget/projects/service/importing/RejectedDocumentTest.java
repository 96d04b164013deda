package cn.songjiang.budget.projects.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Documents that cannot be read whole are rejected with the line and the reason. */
class RejectedDocumentTest {

    private static final BudgetDocumentParser PARSER = new BudgetDocumentParser();

    private static BudgetDocumentParseException rejected(String text) {
        return assertThrows(BudgetDocumentParseException.class, () -> PARSER.parse(text));
    }

    private static void assertRejected(String text, int line, String reasonPart) {
        BudgetDocumentParseException e = rejected(text);
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.reason().contains(reasonPart), e.getMessage());
        assertTrue(e.getMessage().startsWith("line " + line + ": "), e.getMessage());
    }

    @Test
    void anEmptyDocument() {
        assertRejected("  \n", 1, "empty");
    }

    @Test
    void truncatedInsideAProject() {
        assertRejected(SeedDocument.truncatedAfter(890), 871,
                "project SJZWFW-2026-P17 '松江区政务云运营运维项目（运维）' (lines 871-890) has no section '实施周期'; "
                        + "the document ends at line 890 and may be truncated");
    }

    @Test
    void truncatedBetweenProjects() {
        assertRejected(SeedDocument.truncatedAfter(1002), 333,
                "declares 43 projects with 绩效目标 but describes 20");
    }

    @Test
    void truncatedInsideATable() {
        assertRejected(SeedDocument.truncatedAfter(170), 170, "table 支出预算总表 (heading at line 152) has no 合计 row");
    }

    @Test
    void truncatedBeforeTheTables() {
        assertRejected(SeedDocument.truncatedAfter(90), 90,
                "missing required section '部门财务收支预算总表': the document ends at line 90");
    }

    @Test
    void aMissingTable() {
        assertRejected(SeedDocument.withLine(262, "2026年部门一般公共预算基本支出部门预算经济分类预算表"), 249,
                "missing required section '部门一般公共预算基本支出部门预算经济分类预算表'");
    }

    @Test
    void aMissingProjectAgainstTheDeclaredCount() {
        assertRejected(SeedDocument.withoutLines(1686, 1719), 333, "declares 43 projects with 绩效目标 but describes 42");
    }

    @Test
    void aProjectDescribedTwice() {
        String text = SeedDocument.text() + "\n" + SeedDocument.truncatedAfter(372).substring(
                SeedDocument.truncatedAfter(340).length() + 1);
        assertRejected(text, 1751, "project '松江区政务服务中心工作服项目' is described twice (first at line 341)");
    }

    @Test
    void aProjectWithoutAnAmount() {
        assertRejected(SeedDocument.withReplaced(367, "预算安排金额为37.90万元", "预算安排待定"), 365,
                "project SJZWFW-2026-P01 '松江区政务服务中心工作服项目' states no amount");
    }

    @Test
    void aGarbledProjectAmount() {
        assertRejected(SeedDocument.withReplaced(367, "37.90万元", "3?.90万元"), 367, "malformed amount after '预算安排金额为'");
    }

    @Test
    void aWanAmountWithMoreThanSixDecimalsCannotBeConvertedToTheFen() {
        assertRejected(SeedDocument.withReplaced(367, "37.90万元", "37.9000001万元"), 367, "more than six decimals");
    }

    @Test
    void aGarbledTableCell() {
        assertRejected(SeedDocument.withReplaced(161, "12,986,461.56", "12,98б,461.56"), 161,
                "malformed number '12,98б,461.56' for column 6 (基本支出) of table 支出预算总表");
    }

    @Test
    void aReplacementCharacterFromBytesThatWereNotUtf8() {
        assertRejected(SeedDocument.withReplaced(499, "267.058万元", "267.058\uFFFD元"), 499, "U+FFFD");
    }

    @Test
    void aDocumentInAnotherEncoding() {
        byte[] gb18030 = SeedDocument.text().getBytes(Charset.forName("GB18030"));
        BudgetDocumentParseException e = rejected(new String(gb18030, StandardCharsets.UTF_8));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.reason().startsWith("garbled text"), e.getMessage());
    }

    @Test
    void aControlCharacter() {
        assertRejected(SeedDocument.withLine(28, SeedDocument.line(28) + "\u0007"), 28, "control character U+0007");
    }

    @Test
    void anUnknownDepartment() {
        assertRejected(SeedDocument.withLine(5, "预算主管部门：上海市松江区某某局"), 5, "unknown department '上海市松江区某某局'");
    }

    @Test
    void aTitleThatIsNotABudgetTitle() {
        assertRejected(SeedDocument.withLine(3, "# 会议纪要"), 3, "is not a budget title");
    }

    @Test
    void anUnexpectedHeadingAmongTheProjects() {
        assertRejected(SeedDocument.text() + "\n# 附件\n", 1751, "unexpected heading '附件'");
    }

    @Test
    void pathologicalLinesAreRejectedOrReadQuickly() {
        String digits = "1234567890".repeat(30_000);
        String spaces = "# 标题" + " ".repeat(200_000) + "x";
        String plan = "每月" + "的".repeat(200_000) + "内设" + "科".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            rejected(SeedDocument.withReplaced(367, "37.90万元", digits + "万元"));
            rejected(SeedDocument.withLine(3, spaces));
            PARSER.parse(SeedDocument.withLine(461, plan + "台" + digits));
            PARSER.parse(SeedDocument.withLine(28, SeedDocument.line(28) + "内设" + digits));
        });
    }
}
