package cn.songjiang.budget.projects.domain;

import cn.songjiang.budget.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A declared figure of an imported document that its parts do not reproduce, with the lines and the likely
 * cause; an administrator resolves it with a reason and, for a project's amount, a corrected amount.
 */
@Entity
@Table(name = "budget_finding")
@Audited
public class BudgetFinding extends AuditedEntity {

    @Column(name = "document_id", nullable = false)
    public Long documentId;

    @NotAudited
    @Column(name = "position", nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, length = 60)
    public FindingCode code;

    @NotAudited
    @Column(name = "subject", nullable = false, length = 1000)
    public String subject;

    @Column(name = "declared", precision = 18, scale = 2)
    public BigDecimal declared;

    @Column(name = "computed", precision = 18, scale = 2)
    public BigDecimal computed;

    @NotAudited
    @Column(name = "difference", precision = 18, scale = 2)
    public BigDecimal difference;

    @NotAudited
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "source_lines", nullable = false, columnDefinition = "jsonb")
    public List<Integer> sourceLines;

    @NotAudited
    @Column(name = "likely_cause", columnDefinition = "text")
    public String likelyCause;

    @Column(name = "project_id")
    public Long projectId;

    @NotAudited
    @Column(name = "project_code", length = 40)
    public String projectCode;

    @Column(name = "suggested_amount", precision = 15, scale = 2)
    public BigDecimal suggestedAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    public FindingStatus status;

    @Column(name = "resolved_amount", precision = 15, scale = 2)
    public BigDecimal resolvedAmount;

    @Column(name = "resolution_reason", length = 1000)
    public String resolutionReason;

    @Column(name = "resolved_by", length = 100)
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
