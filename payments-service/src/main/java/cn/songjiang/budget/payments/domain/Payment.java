package cn.songjiang.budget.payments.domain;

import cn.songjiang.budget.support.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment made against an installment; recorded once per idempotency key, reversed but never deleted. */
@Entity
@Table(name = "payment")
public class Payment extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "installment_id")
    public Installment installment;
    public BigDecimal amount;
    public LocalDate paidDate;
    public String voucherNo;
    public String idempotencyKey;
    /** SHA-256 of the request, to tell a retry from a different request that reuses the key. */
    public String requestHash;
    public boolean reversed;
    public Instant reversedAt;
    public String reversedBy;
    public String reversalReason;
}
