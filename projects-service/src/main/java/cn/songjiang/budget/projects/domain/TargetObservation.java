package cn.songjiang.budget.projects.domain;

import cn.songjiang.budget.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** An actual of a performance target observed on a date (双监控 of target completion). */
@Entity
@Table(name = "target_observation")
@Audited
public class TargetObservation extends AuditedEntity {

    @Column(name = "target_id", nullable = false)
    public Long targetId;

    @Column(name = "observed_value", precision = 18, scale = 4)
    public BigDecimal observedValue;

    @Column(name = "observed_on", nullable = false)
    public LocalDate observedOn;

    @Column(name = "note", length = 1000)
    public String note;
}
