package cn.songjiang.budget.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One installment of a project's payment clause: share, trigger and the words it was read from. */
@Entity
@Table(name = "payment_installment")
public class PaymentInstallment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public Long projectId;

    @Column(name = "sequence", nullable = false)
    public int sequence;

    @Column(name = "percent", nullable = false, precision = 5, scale = 2)
    public BigDecimal percent;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_trigger", nullable = false, length = 30)
    public PaymentTrigger trigger;

    @Column(name = "service_months")
    public Integer serviceMonths;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "clause_text", nullable = false, length = 1000)
    public String clauseText;
}
