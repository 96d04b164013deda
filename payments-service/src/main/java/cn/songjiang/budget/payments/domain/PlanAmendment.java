package cn.songjiang.budget.payments.domain;

import cn.songjiang.budget.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One amendment of a payment plan: why, and the installments before and after (JSON snapshots). */
@Entity
@Table(name = "plan_amendment")
public class PlanAmendment extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public PaymentPlan plan;
    public int revision;
    public String reason;
    @Column(columnDefinition = "text")
    public String beforeState;
    @Column(columnDefinition = "text")
    public String afterState;
}
