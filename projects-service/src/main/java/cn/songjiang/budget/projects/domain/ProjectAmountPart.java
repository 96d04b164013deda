package cn.songjiang.budget.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One breakdown line of a project amount as the text gives it (e.g. 二类费用 56.965万元). */
@Entity
@Table(name = "project_amount_part")
public class ProjectAmountPart extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public Long projectId;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "label", nullable = false, length = 500)
    public String label;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    public BigDecimal amount;

    @Column(name = "as_written", nullable = false, length = 60)
    public String asWritten;

    @Column(name = "source_line", nullable = false)
    public int sourceLine;
}
