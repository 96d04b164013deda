package cn.songjiang.budget.projects.domain;

import cn.songjiang.budget.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A budgeted project as its document describes it. {@code statedAmount} is the amount as printed and never
 * changes; {@code amount} is the effective amount, equal to it until an administrator confirms a correction
 * through a finding. The revision history keeps both values.
 */
@Entity
@Table(name = "project")
@Audited
public class Project extends AuditedEntity {

    @NotAudited
    @Column(name = "budget_id", nullable = false)
    public Long budgetId;

    @Column(name = "code", nullable = false, length = 40)
    public String code;

    @NotAudited
    @Column(name = "sequence", nullable = false)
    public int sequence;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "department_code", nullable = false, length = 20)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "stated_amount", nullable = false, precision = 15, scale = 2)
    public BigDecimal statedAmount;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    public BigDecimal amount;

    @Column(name = "amount_as_written", nullable = false, length = 60)
    public String amountAsWritten;

    @NotAudited
    @Column(name = "amount_line", nullable = false)
    public int amountLine;

    @Column(name = "correction_finding_id")
    public Long correctionFindingId;

    @Column(name = "correction_reason", length = 1000)
    public String correctionReason;

    @NotAudited
    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @NotAudited
    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @NotAudited
    @Column(name = "implementing_body", nullable = false, length = 200)
    public String implementingBody;

    @NotAudited
    @Column(name = "overview", nullable = false, columnDefinition = "text")
    public String overview;

    @NotAudited
    @Column(name = "legal_basis", nullable = false, columnDefinition = "text")
    public String legalBasis;

    @NotAudited
    @Column(name = "plan_text", nullable = false, columnDefinition = "text")
    public String planText;

    @NotAudited
    @Column(name = "target_note", nullable = false, columnDefinition = "text")
    public String targetNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_term_kind", nullable = false, length = 12)
    public PaymentTermKind paymentTermKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "recurrence", length = 10)
    public Recurrence recurrence;

    @NotAudited
    @Column(name = "payment_clause_text", columnDefinition = "text")
    public String paymentClauseText;

    @NotAudited
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "payment_clause_lines", nullable = false, columnDefinition = "jsonb")
    public List<Integer> paymentClauseLines;

    @NotAudited
    @Column(name = "heading_line", nullable = false)
    public int headingLine;
}
