package cn.songjiang.budget.payments.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A project as projects-service serves it ({@code GET /api/v1/projects/{id}}), built for one test. */
public final class TestProject {

    public static final String DEPARTMENT = "SJZWFW";
    public static final int FISCAL_YEAR = 2026;

    public final long id = Ids.next();
    String code = "P-" + id;
    String name = "测试项目 " + id;
    int fiscalYear = FISCAL_YEAR;
    BigDecimal amount;
    BigDecimal targetCompletion;
    String termsKind = "UNSPECIFIED";
    String recurrence;
    String clauseText = "按照合同约定支付款项。";
    final List<Map<String, Object>> installments = new ArrayList<>();

    private TestProject(BigDecimal amount) {
        this.amount = amount;
    }

    public static TestProject withBudget(String amount) {
        return new TestProject(new BigDecimal(amount));
    }

    public TestProject named(String projectName) {
        this.name = projectName;
        return this;
    }

    public TestProject fiscalYear(int year) {
        this.fiscalYear = year;
        return this;
    }

    public TestProject targetCompletion(String ratio) {
        this.targetCompletion = ratio == null ? null : new BigDecimal(ratio);
        return this;
    }

    /** Parsed INSTALLMENTS or LUMP_SUM terms. */
    public TestProject terms(String kind, String clause, TermInstallment... parsed) {
        this.termsKind = kind;
        this.clauseText = clause;
        installments.clear();
        int sequence = 1;
        for (TermInstallment installment : parsed) {
            installments.add(installment.toJson(sequence++));
        }
        return this;
    }

    public TestProject recurringTerms(String recurrenceKind, String clause) {
        this.termsKind = "RECURRING";
        this.recurrence = recurrenceKind;
        this.clauseText = clause;
        installments.clear();
        return this;
    }

    public TestProject register() {
        Stubs.put(this);
        return this;
    }

    public BigDecimal amount() {
        return amount;
    }

    Map<String, Object> toJson() {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("kind", termsKind);
        if (recurrence != null) {
            terms.put("recurrence", recurrence);
        }
        terms.put("installments", installments);
        terms.put("clauseText", clauseText);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("code", code);
        json.put("name", name);
        json.put("fiscalYear", fiscalYear);
        json.put("departmentCode", DEPARTMENT);
        json.put("amount", amount);
        json.put("statedAmount", amount);
        json.put("targetCompletion", targetCompletion);
        json.put("paymentTerms", terms);
        return json;
    }

    /** One parsed installment of a payment clause. */
    public record TermInstallment(BigDecimal percent, String trigger, Integer serviceMonths, LocalDate dueDate,
            String clauseText) {

        public static TermInstallment of(int percent, String trigger, String clauseText) {
            return new TermInstallment(BigDecimal.valueOf(percent), trigger, null, null, clauseText);
        }

        public static TermInstallment afterMonths(int percent, int months, String clauseText) {
            return new TermInstallment(BigDecimal.valueOf(percent), "SERVICE_ELAPSED", months, null, clauseText);
        }

        public static TermInstallment fiscalClose(int percent, int fiscalYear, String clauseText) {
            return new TermInstallment(BigDecimal.valueOf(percent), "FIXED_DATE", null,
                    LocalDate.of(fiscalYear, 11, 10), clauseText);
        }

        Map<String, Object> toJson(int sequence) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("sequence", sequence);
            json.put("percent", percent);
            json.put("trigger", trigger);
            json.put("serviceMonths", serviceMonths);
            json.put("dueDate", dueDate == null ? null : dueDate.toString());
            json.put("clauseText", clauseText);
            return json;
        }
    }
}
