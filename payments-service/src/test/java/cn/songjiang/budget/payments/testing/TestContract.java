package cn.songjiang.budget.payments.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A contract as procurement-service serves it ({@code GET /api/v1/contracts/{id}}), built for one test. */
public final class TestContract {

    /** The supplier's 统一社会信用代码 as procurement-service returns it. */
    public static final String SUPPLIER_CREDIT_CODE = "91310117MA1J3R4X5B";

    public final long id = Ids.next();
    final long projectId;
    String category = "SERVICES";
    final long supplierId = Ids.next();
    String supplierName = "上海测试信息技术有限公司";
    String size = "SMALL";
    BigDecimal value;
    LocalDate signedDate;
    LocalDate periodStart;
    LocalDate periodEnd;
    Integer paymentTermDays;
    BigDecimal latePaymentDailyRate;
    String status = "ACTIVE";

    private TestContract(TestProject project, BigDecimal value) {
        this.projectId = project.id;
        this.value = value;
    }

    public static TestContract of(TestProject project, String value) {
        return new TestContract(project, new BigDecimal(value));
    }

    public TestContract supplierSize(String sizeAtSigning) {
        this.size = sizeAtSigning;
        return this;
    }

    public TestContract supplierName(String name) {
        this.supplierName = name;
        return this;
    }

    public TestContract category(String procurementCategory) {
        this.category = procurementCategory;
        return this;
    }

    public TestContract signed(LocalDate date) {
        this.signedDate = date;
        return this;
    }

    public TestContract period(LocalDate start, LocalDate end) {
        this.periodStart = start;
        this.periodEnd = end;
        return this;
    }

    public TestContract paymentTermDays(Integer days) {
        this.paymentTermDays = days;
        return this;
    }

    public TestContract latePaymentDailyRate(String rate) {
        this.latePaymentDailyRate = rate == null ? null : new BigDecimal(rate);
        return this;
    }

    public TestContract status(String contractStatus) {
        this.status = contractStatus;
        return this;
    }

    public TestContract register() {
        Stubs.put(this);
        return this;
    }

    /** Registers the contract as procurement-service would answer it had it dropped or renamed one field. */
    public TestContract registerWithout(String field) {
        Map<String, Object> json = toJson();
        json.remove(field);
        Stubs.putContract(id, json);
        return this;
    }

    public long supplierId() {
        return supplierId;
    }

    Map<String, Object> toJson() {
        Map<String, Object> supplier = new LinkedHashMap<>();
        supplier.put("id", supplierId);
        supplier.put("name", supplierName);
        supplier.put("creditCode", SUPPLIER_CREDIT_CODE);
        supplier.put("size", size);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("projectId", projectId);
        json.put("planId", null);
        json.put("category", category);
        json.put("supplier", supplier);
        json.put("supplierSizeAtSigning", size);
        json.put("value", value);
        json.put("currency", "CNY");
        json.put("signedDate", signedDate == null ? null : signedDate.toString());
        json.put("periodStart", periodStart == null ? null : periodStart.toString());
        json.put("periodEnd", periodEnd == null ? null : periodEnd.toString());
        json.put("paymentTermDays", paymentTermDays);
        json.put("latePaymentDailyRate", latePaymentDailyRate);
        json.put("status", status);
        return json;
    }
}
