package cn.songjiang.budget.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One row of 支出预算总表 by 功能分类 (类/款/项): total, 基本支出, 项目支出 (元). */
@Entity
@Table(name = "functional_expenditure_line")
public class FunctionalExpenditureLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "budget_id", nullable = false)
    public Long budgetId;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "class_code", nullable = false, length = 3)
    public String classCode;

    @Column(name = "item_code", length = 2)
    public String itemCode;

    @Column(name = "sub_item_code", length = 2)
    public String subItemCode;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "total", nullable = false, precision = 15, scale = 2)
    public BigDecimal total;

    @Column(name = "basic", nullable = false, precision = 15, scale = 2)
    public BigDecimal basic;

    @Column(name = "project", nullable = false, precision = 15, scale = 2)
    public BigDecimal project;

    @Column(name = "source_line", nullable = false)
    public int sourceLine;
}
