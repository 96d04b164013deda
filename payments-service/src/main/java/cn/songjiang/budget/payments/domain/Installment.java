package cn.songjiang.budget.payments.domain;

import cn.songjiang.budget.payments.repository.ReadModelVersion;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One scheduled payment of a plan: its trigger, amount, and once payable its deadlines and what was paid. */
@Entity
@Table(name = "installment")
@EntityListeners(ReadModelVersion.Listener.class)
public class Installment extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public PaymentPlan plan;
    public int sequence;

    public long projectId;
    public String projectCode;
    public String projectName;
    public Long contractId;
    public Long supplierId;
    public String supplierName;
    @Enumerated(EnumType.STRING)
    public SupplierSize supplierSize;
    @Enumerated(EnumType.STRING)
    public Category category;
    public int fiscalYear;

    public BigDecimal percent;
    public BigDecimal amount;
    public boolean estimated;
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_type")
    public Trigger trigger;
    public Integer serviceMonths;
    public LocalDate fixedDate;
    public boolean fiscalClose;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    @Column(columnDefinition = "text")
    public String clauseText;

    @Enumerated(EnumType.STRING)
    public InstallmentStatus status;
    public LocalDate eventDate;
    public LocalDate dueDate;
    public LocalDate statutoryDeadline;
    public Integer termDays;
    public boolean termCapped;
    @Enumerated(EnumType.STRING)
    public DeadlineBasis deadlineBasis;

    public BigDecimal paidAmount = Money.ZERO;
    public BigDecimal dailyRate = BigDecimal.ZERO;
    public BigDecimal interestBase = BigDecimal.ZERO;
    public LocalDate interestFrom;

    public BigDecimal outstanding() {
        return amount.subtract(paidAmount);
    }

    /** Interest accrued up to {@code asOf} from the stored baseline (see {@link LatePaymentInterest}). */
    public BigDecimal interestAsOf(LocalDate asOf) {
        return LatePaymentInterest.fromBaseline(interestBase, interestFrom, outstanding(), dailyRate, asOf);
    }

    /** Takes what its payments now make of it: paid amount, status and interest baseline. */
    public void apply(PaidState state) {
        paidAmount = state.paidAmount();
        status = state.status();
        interestBase = state.interestBase();
        interestFrom = state.interestFrom();
    }
}
