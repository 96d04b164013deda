package cn.songjiang.budget.procurement.domain;

import cn.songjiang.budget.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A contract awarded from a procurement plan. The supplier's size is frozen at signing: it decides the
 * statutory payment deadline for the life of the contract (保障中小企业款项支付条例), whatever the supplier
 * later becomes.
 */
@Entity
@Table(name = "contract")
@Audited
public class Contract extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    public ProcurementPlan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    public Supplier supplier;

    @Column(name = "project_id", nullable = false)
    public long projectId;

    @Column(name = "project_code", nullable = false, length = 40)
    public String projectCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 10)
    public ProcurementCategory category;

    @Column(name = "title", nullable = false, length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "supplier_size_at_signing", nullable = false, length = 10, updatable = false)
    public SupplierSize supplierSizeAtSigning;

    @Column(name = "contract_value", nullable = false, precision = 15, scale = 2)
    public BigDecimal value;

    @Column(name = "original_value", nullable = false, precision = 15, scale = 2, updatable = false)
    public BigDecimal originalValue;

    @Column(name = "signed_date", nullable = false)
    public LocalDate signedDate;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "payment_term_days", nullable = false)
    public int paymentTermDays;

    /** Agreed late-payment interest as a fraction per day; null when none was agreed. */
    @Column(name = "late_payment_daily_rate", precision = 10, scale = 8)
    public BigDecimal latePaymentDailyRate;

    @Column(name = "value_over_plan_reason", length = 500)
    public String valueOverPlanReason;

    @Column(name = "value_over_plan_approved_by", length = 100)
    public String valueOverPlanApprovedBy;

    @Column(name = "project_payment_terms_linked", nullable = false)
    public boolean projectPaymentTermsLinked;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    public ContractStatus status;

    @Column(name = "status_reason", length = 500)
    public String statusReason;

    @Column(name = "amendment_count", nullable = false)
    public int amendmentCount;
}
