package cn.songjiang.budget.support.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision: when and by whom a set of audited rows changed, the caller as a stable id ({@code user_id},
 * the token's {@code sub}) and a readable name ({@code username}). Every service's migrations create its table:
 * {@code create sequence revinfo_seq; create table revinfo (rev integer primary key, revtstmp bigint not null,
 * username varchar(100) not null, user_id varchar(255) not null)}.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 1)
    @RevisionNumber
    @Column(name = "rev")
    public int id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    public long timestamp;

    @Column(name = "username", nullable = false, length = 100)
    public String username;

    @Column(name = "user_id", nullable = false, length = 255)
    public String userId;
}
