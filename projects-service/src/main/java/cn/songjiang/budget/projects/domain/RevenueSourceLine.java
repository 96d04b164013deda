package cn.songjiang.budget.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One revenue line of 财务收支预算总表 (元), in document order. */
@Entity
@Table(name = "revenue_source_line")
public class RevenueSourceLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "budget_id", nullable = false)
    public Long budgetId;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "level", nullable = false)
    public int level;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    public BigDecimal amount;

    @Column(name = "source_line", nullable = false)
    public int sourceLine;
}
