package cn.songjiang.budget.payments.domain;

import cn.songjiang.budget.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The payment schedule of one contract, or of a project directly when there is no procurement contract. The
 * contract and project facts are copied at creation so that reads never call the other services.
 */
@Entity
@Table(name = "payment_plan")
public class PaymentPlan extends AuditedEntity {

    public long projectId;
    public String projectCode;
    public String projectName;
    public int fiscalYear;
    public String departmentCode;

    public Long contractId;
    @Enumerated(EnumType.STRING)
    public Category category;
    public Long supplierId;
    public String supplierName;
    public String supplierCreditCode;
    @Enumerated(EnumType.STRING)
    public SupplierSize supplierSize;
    public BigDecimal contractValue;

    /** The most the plan may schedule: the contract value, or the project's remaining budget. */
    public BigDecimal ceiling;
    public BigDecimal planValue;

    public Integer paymentTermDays;
    /** Agreed late-payment interest per day as a fraction, null when none was agreed. */
    public BigDecimal lateDailyRate;
    public LocalDate signedDate;
    public LocalDate periodStart;
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    public PlanKind kind;
    @Enumerated(EnumType.STRING)
    public Recurrence recurrence;
    @Enumerated(EnumType.STRING)
    public PlanSource source;
    public String templateCode;
    @Column(columnDefinition = "text")
    public String clauseText;

    public boolean isDirect() {
        return contractId == null;
    }
}
