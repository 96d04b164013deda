package cn.songjiang.budget.procurement.domain;

import cn.songjiang.budget.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A supplier the department contracts with, identified by its 统一社会信用代码. */
@Entity
@Table(name = "supplier")
@Audited
public class Supplier extends AuditedEntity {

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "credit_code", nullable = false, length = 18)
    public String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "enterprise_size", nullable = false, length = 10)
    public SupplierSize size;

    @Column(name = "contact_name", length = 100)
    public String contactName;

    @Column(name = "contact_phone", length = 40)
    public String contactPhone;

    @Column(name = "contact_email", length = 200)
    public String contactEmail;
}
