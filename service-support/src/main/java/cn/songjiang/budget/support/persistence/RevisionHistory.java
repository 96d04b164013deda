package cn.songjiang.budget.support.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;

/** Reads the Envers history of one audited entity, oldest revision first. */
@ApplicationScoped
public class RevisionHistory {

    /**
     * One state of an entity: the revision that produced it (who, as a readable name and a stable id), and the
     * entity as it was then.
     */
    public record Revision<T>(int revision, Instant changedAt, String changedBy, String changedById, String change,
            T state) {
    }

    private final EntityManager entityManager;

    public RevisionHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public <T> List<Revision<T>> of(Class<T> type, Object id) {
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(org.hibernate.envers.query.AuditEntity.id().eq(id))
                .addOrder(org.hibernate.envers.query.AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream().map(row -> {
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type1 = (RevisionType) row[2];
            return new Revision<>(revision.id, Instant.ofEpochMilli(revision.timestamp), revision.username,
                    revision.userId, type1.name(), (T) row[0]);
        }).toList();
    }
}
