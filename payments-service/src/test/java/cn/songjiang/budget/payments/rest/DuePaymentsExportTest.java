package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.installmentId;
import static cn.songjiang.budget.payments.testing.Api.pay;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static cn.songjiang.budget.payments.testing.Api.recordEvent;
import static cn.songjiang.budget.payments.testing.Api.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The due-payments list downloaded as Excel and CSV: the same rows, order and totals as the JSON answer, to the
 * fen. One project with five payable installments (one overdue with interest, one partly paid, one of a large
 * supplier, one at the fiscal close, one whose supplier name needs CSV quoting); every query filters on it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class DuePaymentsExportTest {

    private static final String DUE_PAYMENTS = "/api/v1/due-payments";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String QUOTED_NAME = "上海\"数据\",科技有限公司";
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://example.com\")";
    private static final int AMOUNT_DUE_COLUMN = 15;

    private TestProject project;

    @BeforeEach
    void fivePayableInstallments() {
        project = TestProject.withBudget("9000000.00").register();
        LocalDate today = today();
        accepted(contract("SMALL", "100000.00"), today.minusDays(40));
        long partlyPaid = accepted(contract("MEDIUM", "300000.00"), today.minusDays(20));
        accepted(contract("LARGE", "250000.00"), today);
        accepted(contract("MICRO", "1234567.89").supplierName(QUOTED_NAME).register(), today.minusDays(5));
        accepted(contract("MICRO", "20000.05").supplierName(FORMULA_NAME).register(), today.minusDays(1));
        TestContract closing = contract("SMALL", "50000.00");
        planId("{\"contractId\":" + closing.id + ",\"installments\":[{\"percent\":100,"
                + "\"trigger\":\"FIXED_DATE\",\"clauseText\":\"11月上旬（财政关账前）支付\"}]}");
        pay(partlyPaid, UUID.randomUUID().toString(), "100000.01", today).statusCode(201);
    }

    private TestContract contract(String size, String value) {
        return TestContract.of(project, value).supplierSize(size).paymentTermDays(size.equals("LARGE") ? 60 : null)
                .register();
    }

    private static long accepted(TestContract contract, LocalDate date) {
        long installment = installmentId(planId("{\"contractId\":" + contract.id + ",\"template\":\"100\"}"), 1);
        recordEvent(installment, "FINAL_ACCEPTANCE", date).statusCode(201);
        return installment;
    }

    private RequestSpecification filtered(String role) {
        return as(role).queryParam("projectId", project.id).queryParam("sort", "-amount");
    }

    private JsonPath json() {
        return filtered("finance").queryParam("size", 500).when().get(DUE_PAYMENTS).then().statusCode(200)
                .extract().jsonPath();
    }

    private ExtractableResponse<Response> download(String role, String accept) {
        // page and size do not apply to a file: it holds the whole filtered set.
        return filtered(role).accept(accept).queryParam("page", 0).queryParam("size", 1)
                .when().get(DUE_PAYMENTS).then().statusCode(200).extract();
    }

    @Test
    void excelHoldsEveryRowOfTheFilteredSetInOrderWithTheJsonTotals() throws IOException {
        JsonPath json = json();
        ExtractableResponse<Response> file = download("finance", XLSX);

        assertThat(file.contentType(), equalTo(XLSX));
        assertThat(file.header("Content-Disposition"),
                startsWith("attachment; filename=\"due-payments-" + today() + ".xlsx\""));
        assertThat(file.header("Content-Disposition"), containsString("filename*=UTF-8''"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet.getRow(0)).subList(0, 3), contains("分期编号", "付款计划编号", "期次"));
            assertThat(text(sheet.getRow(0)), hasItems("应付金额", "已付金额", "未付金额", "逾期利息", "到期日"));
            List<String> fields = text(sheet.getRow(1));
            assertThat(fields, contains("installmentId", "planId", "sequence", "project.id", "project.code",
                    "project.name", "project.fiscalYear", "contractId", "supplier.id", "supplier.name",
                    "supplier.sizeAtSigning", "category", "trigger", "fiscalClose", "status", "amountDue",
                    "amountPaid", "outstanding", "currency", "dueDate", "statutoryDeadline", "daysOverdue",
                    "interest"));

            List<Map<String, Object>> items = json.getList("items");
            assertThat(items, hasSize(6));
            assertThat(sheet.getLastRowNum(), equalTo(2 + items.size()));
            for (int i = 0; i < items.size(); i++) {
                Row row = sheet.getRow(2 + i);
                String item = "items[" + i + "]";
                assertThat(number(row, fields, "installmentId"), equalTo(json.getLong(item + ".installmentId")));
                assertThat(text(row, fields, "project.name"), equalTo(json.getString(item + ".project.name")));
                assertThat(text(row, fields, "supplier.name"), equalTo(json.getString(item + ".supplier.name")));
                assertThat(text(row, fields, "status"), equalTo(json.getString(item + ".status")));
                assertThat(row.getCell(fields.indexOf("fiscalClose")).getBooleanCellValue(), equalTo(json.getBoolean(item + ".fiscalClose")));
                for (String amount : List.of("amountDue", "amountPaid", "outstanding", "interest")) {
                    assertThat(item + "." + amount, money(row, fields, amount), equalTo(json.getObject(item + "." + amount, BigDecimal.class)));
                }
                assertThat(row.getCell(fields.indexOf("dueDate")).getLocalDateTimeCellValue().toLocalDate().toString(),
                        equalTo(json.getString(item + ".dueDate")));
                assertThat(number(row, fields, "daysOverdue"), equalTo(json.getLong(item + ".daysOverdue")));
            }
            Cell amountDue = sheet.getRow(2).getCell(AMOUNT_DUE_COLUMN);
            assertThat(amountDue.getCellType(), equalTo(CellType.NUMERIC));
            assertThat(amountDue.getCellStyle().getDataFormatString(), equalTo("#,##0.00"));
            assertThat(sheet.getRow(2).getCell(fields.indexOf("dueDate")).getCellStyle().getDataFormatString(), equalTo("yyyy-mm-dd"));

            Row totals = sheet.getRow(2 + items.size());
            assertThat(totals.getCell(0).getStringCellValue(), equalTo("合计"));
            assertThat(number(totals, fields, "planId"), equalTo(json.getLong("totals.installments")));
            assertThat(money(totals, fields, "amountDue"), equalTo(new BigDecimal("1954567.94")));
            for (String amount : List.of("amountDue", "amountPaid", "outstanding", "interest")) {
                assertThat("totals." + amount, money(totals, fields, amount), equalTo(json.getObject("totals." + amount, BigDecimal.class)));
            }
            assertThat(totals.getCell(AMOUNT_DUE_COLUMN).getCellStyle().getDataFormatString(), equalTo("#,##0.00"));
        }
    }

    @Test
    void excelHasOneFrozenSheetWithBoldHeadersSizedColumnsAndAFormattedTotalsRow() throws IOException {
        JsonPath json = json();
        byte[] bytes = download("finance", XLSX).asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets(), equalTo(1));
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName(), equalTo("应付款"));
            assertThat(sheet.getPaneInformation().isFreezePane(), equalTo(true));
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition(), equalTo((short) 2));
            List<String> fields = text(sheet.getRow(1));
            assertThat(sheet.getColumnWidth(fields.indexOf("project.name")), equalTo(40 * 256));
            assertThat(sheet.getColumnWidth(AMOUNT_DUE_COLUMN), equalTo(16 * 256));
            assertThat(font(workbook, sheet.getRow(0).getCell(0)).getBold(), equalTo(true));
            assertThat(font(workbook, sheet.getRow(1).getCell(0)).getItalic(), equalTo(true));

            List<Map<String, Object>> items = json.getList("items");
            DataFormatter shown = new DataFormatter();
            int noDeadline = 0;
            for (int i = 0; i < items.size(); i++) {
                Row row = sheet.getRow(2 + i);
                String item = "items[" + i + "]";
                assertThat(shown.formatCellValue(row.getCell(fields.indexOf("installmentId"))),
                        equalTo(json.getString(item + ".installmentId")));
                assertThat(shown.formatCellValue(row.getCell(fields.indexOf("dueDate"))),
                        equalTo(json.getString(item + ".dueDate")));
                Cell deadline = row.getCell(fields.indexOf("statutoryDeadline"));
                if (json.getString(item + ".statutoryDeadline") == null) {
                    noDeadline++;
                    assertThat("an empty value is no cell", deadline, equalTo(null));
                } else {
                    assertThat(shown.formatCellValue(deadline), equalTo(json.getString(item + ".statutoryDeadline")));
                }
            }
            assertThat("the large supplier's installment has no statutory deadline", noDeadline, greaterThan(0));

            Row totals = sheet.getRow(2 + items.size());
            assertThat(font(workbook, totals.getCell(0)).getBold(), equalTo(true));
            assertThat(shown.formatCellValue(totals.getCell(1)), equalTo(items.size() + " 笔"));
            assertThat(shown.formatCellValue(totals.getCell(AMOUNT_DUE_COLUMN)), equalTo("1,954,567.94"));
            assertThat(font(workbook, totals.getCell(AMOUNT_DUE_COLUMN)).getBold(), equalTo(true));
        }
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkQuotedAsRfc4180WithTheJsonRowsAndTotals() throws IOException {
        JsonPath json = json();
        ExtractableResponse<Response> file = download("finance", "text/csv");

        assertThat(file.contentType(), startsWith("text/csv"));
        assertThat(file.header("Content-Disposition"), startsWith("attachment; filename=\"due-payments-" + today() + ".csv\""));
        byte[] bytes = file.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text, containsString("\"上海\"\"数据\"\",科技有限公司\""));
        assertThat(text, containsString(",\"'=HYPERLINK(\"\"http://example.com\"\")\","));
        assertThat(text, endsWith("\r\n"));
        assertThat(text.replace("\r\n", ""), not(containsString("\n")));

        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).get(0), equalTo("分期编号"));
        List<String> fields = records.get(1).toList();
        List<Map<String, Object>> items = json.getList("items");
        assertThat(records, hasSize(2 + items.size() + 1));
        for (int i = 0; i < items.size(); i++) {
            CSVRecord row = records.get(2 + i);
            String item = "items[" + i + "]";
            assertThat(row.get(fields.indexOf("installmentId")), equalTo(json.getString(item + ".installmentId")));
            assertThat(row.get(fields.indexOf("dueDate")), equalTo(json.getString(item + ".dueDate")));
            for (String amount : List.of("amountDue", "amountPaid", "outstanding", "interest")) {
                assertThat(item + "." + amount, new BigDecimal(row.get(fields.indexOf(amount))),
                        equalTo(json.getObject(item + "." + amount, BigDecimal.class)));
            }
        }
        assertThat(records.get(2).get(fields.indexOf("supplier.name")), equalTo(QUOTED_NAME));
        CSVRecord totals = records.get(records.size() - 1);
        assertThat(totals.get(0), equalTo("合计"));
        assertThat(totals.get(1), equalTo(json.getString("totals.installments")));
        for (String amount : List.of("amountDue", "amountPaid", "outstanding", "interest")) {
            assertThat("totals." + amount, new BigDecimal(totals.get(fields.indexOf(amount))),
                    equalTo(json.getObject("totals." + amount, BigDecimal.class)));
        }
    }

    @Test
    void filesFollowTheFiltersOfTheList() throws IOException {
        JsonPath overdue = as("finance").queryParam("projectId", project.id).queryParam("overdue", true)
                .queryParam("fiscalClose", false).when().get(DUE_PAYMENTS).then().statusCode(200)
                .extract().jsonPath();
        byte[] bytes = as("finance").queryParam("projectId", project.id).queryParam("overdue", true)
                .queryParam("fiscalClose", false).accept(XLSX).when().get(DUE_PAYMENTS).then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> fields = text(sheet.getRow(1));
            assertThat(sheet.getLastRowNum(), equalTo(2 + overdue.getInt("totalItems")));
            assertThat(number(sheet.getRow(2), fields, "installmentId"), equalTo(overdue.getLong("items[0].installmentId")));
            BigDecimal interest = money(sheet.getRow(sheet.getLastRowNum()), fields, "interest");
            assertThat(interest, equalTo(overdue.getObject("totals.interest", BigDecimal.class)));
            assertThat(interest, greaterThan(BigDecimal.ZERO));
        }
    }

    @Test
    void viewerMayDownloadAsForJsonAndNoTokenIsRefused() {
        assertThat(download("viewer", XLSX).asByteArray().length, greaterThan(0));
        assertThat(download("viewer", "text/csv").asString(), containsString("合计"));
        given().accept(XLSX).queryParam("projectId", project.id).when().get(DUE_PAYMENTS).then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anAcceptThatNamesNoOfferedTypeIsAProblem406() {
        filtered("finance").accept("application/xml").when().get(DUE_PAYMENTS).then()
                .statusCode(406).contentType("application/problem+json")
                .body("status", equalTo(406))
                .body("type", startsWith("urn:budget:problem:"));
    }

    @Test
    void withoutAPreferenceTheAnswerIsJson() {
        filtered("finance").accept("*/*").when().get(DUE_PAYMENTS).then().statusCode(200)
                .contentType("application/json").body("totals.installments", equalTo(6));
        filtered("finance").accept("text/csv;q=0.5, application/json").when().get(DUE_PAYMENTS).then()
                .statusCode(200).contentType("application/json");
        filtered("finance").accept("application/json;q=0.5, " + XLSX).when().get(DUE_PAYMENTS).then()
                .statusCode(200).contentType(XLSX);
    }

    @Test
    void aMalformedFilterOfAFileRequestIsAProblemNamingIt() {
        as("finance").accept(XLSX).queryParam("dueBefore", "10.11.2026").when().get(DUE_PAYMENTS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("dueBefore"));
    }

    private static Font font(XSSFWorkbook workbook, Cell cell) {
        return workbook.getFontAt(cell.getCellStyle().getFontIndex());
    }

    private static List<String> text(Row row) {
        List<String> cells = new java.util.ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    private static String text(Row row, List<String> fields, String field) {
        return row.getCell(fields.indexOf(field)).getStringCellValue();
    }

    private static long number(Row row, List<String> fields, String field) {
        return (long) row.getCell(fields.indexOf(field)).getNumericCellValue();
    }

    private static BigDecimal money(Row row, List<String> fields, String field) {
        Cell cell = row.getCell(fields.indexOf(field));
        assertThat(field, cell.getCellType(), equalTo(CellType.NUMERIC));
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }
}
