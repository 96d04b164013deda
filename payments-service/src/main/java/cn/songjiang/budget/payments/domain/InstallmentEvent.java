package cn.songjiang.budget.payments.domain;

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

/** The record that an installment's trigger happened: when, and the evidence (验收报告, 合同, 账单...). */
@Entity
@Table(name = "installment_event")
public class InstallmentEvent extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "installment_id")
    public Installment installment;
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_type")
    public Trigger trigger;
    public LocalDate eventDate;
    public String evidenceRef;
    /** The settled amount of a recurring period, replacing the estimate. */
    public BigDecimal actualAmount;
    public String note;
}
