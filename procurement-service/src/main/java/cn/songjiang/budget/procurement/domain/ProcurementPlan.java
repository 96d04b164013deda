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
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** What a project will buy, in which category and how, for how much, and what of it is reserved for SMEs. */
@Entity
@Table(name = "procurement_plan")
@Audited
public class ProcurementPlan extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public ProcurementBudget budget;

    @Column(name = "project_id", nullable = false)
    public long projectId;

    @Column(name = "project_code", nullable = false, length = 40)
    public String projectCode;

    @Column(name = "title", nullable = false, length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 10)
    public ProcurementCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 30)
    public ProcurementMethod method;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "sme_reservation", nullable = false, length = 10)
    public SmeReservation smeReservation;

    @Column(name = "sme_reserved", nullable = false, precision = 15, scale = 2)
    public BigDecimal smeReserved;

    @Column(name = "small_micro_reserved", nullable = false, precision = 15, scale = 2)
    public BigDecimal smallMicroReserved;

    @Column(name = "sme_exemption_reason", length = 500)
    public String smeExemptionReason;

    @Column(name = "overrun_reason", length = 500)
    public String overrunReason;

    @Column(name = "overrun_confirmed_by", length = 100)
    public String overrunConfirmedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    public PlanStatus status;

    @Column(name = "status_reason", length = 500)
    public String statusReason;

    /** Whether the plan counts against the procurement budget (not cancelled, and government procurement). */
    public boolean countsAgainstCategory() {
        return status.countsAsPlanned() && method.isGovernmentProcurement();
    }
}
