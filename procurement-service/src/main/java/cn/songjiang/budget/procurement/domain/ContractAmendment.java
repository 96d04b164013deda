package cn.songjiang.budget.procurement.domain;

import cn.songjiang.budget.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One change of a contract's value or dates, with its reason and the values before and after. */
@Entity
@Table(name = "contract_amendment")
public class ContractAmendment extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    public Contract contract;

    @Column(name = "sequence_no", nullable = false)
    public int sequence;

    @Column(name = "reason", nullable = false, length = 500)
    public String reason;

    @Column(name = "previous_value", nullable = false, precision = 15, scale = 2)
    public BigDecimal previousValue;

    @Column(name = "new_value", nullable = false, precision = 15, scale = 2)
    public BigDecimal newValue;

    @Column(name = "previous_period_start", nullable = false)
    public LocalDate previousPeriodStart;

    @Column(name = "new_period_start", nullable = false)
    public LocalDate newPeriodStart;

    @Column(name = "previous_period_end", nullable = false)
    public LocalDate previousPeriodEnd;

    @Column(name = "new_period_end", nullable = false)
    public LocalDate newPeriodEnd;

    @Column(name = "value_over_plan_reason", length = 500)
    public String valueOverPlanReason;
}
