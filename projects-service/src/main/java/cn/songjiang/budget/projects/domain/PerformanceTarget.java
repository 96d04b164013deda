package cn.songjiang.budget.projects.domain;

import cn.songjiang.budget.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A level-3 performance indicator of a project (预算绩效管理, docs/domain.md §6.1): its place in the tree,
 * comparator and target value with unit, or a deadline for a 时效 target.
 */
@Entity
@Table(name = "performance_target")
@Audited
public class PerformanceTarget extends AuditedEntity {

    @Column(name = "project_id", nullable = false)
    public Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "level1", nullable = false, length = 20)
    public IndicatorLevel1 level1;

    @Enumerated(EnumType.STRING)
    @Column(name = "level2", nullable = false, length = 40)
    public IndicatorLevel2 level2;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "comparator", nullable = false, length = 12)
    public TargetComparator comparator;

    @Column(name = "target_value", precision = 18, scale = 4)
    public BigDecimal targetValue;

    @Column(name = "unit", length = 40)
    public String unit;

    @Column(name = "deadline")
    public LocalDate deadline;

    @Column(name = "approximate", nullable = false)
    public boolean approximate;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 10)
    public TargetOrigin origin;

    @NotAudited
    @Column(name = "source_text", length = 500)
    public String sourceText;

    @NotAudited
    @Column(name = "source_line")
    public Integer sourceLine;
}
