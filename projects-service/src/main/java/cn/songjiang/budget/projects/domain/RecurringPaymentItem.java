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

/** One sentence of a recurring settlement clause, with its rhythm when the sentence states one. */
@Entity
@Table(name = "recurring_payment_item")
public class RecurringPaymentItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public Long projectId;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "clause_text", nullable = false, length = 1000)
    public String clauseText;

    @Enumerated(EnumType.STRING)
    @Column(name = "recurrence", length = 10)
    public Recurrence recurrence;
}
