package cn.songjiang.budget.support.persistence;

import cn.songjiang.budget.support.security.CurrentUser;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/** Fills the audit columns of {@link AuditedEntity} from the caller's token (see {@link CurrentUser}). */
public class AuditListener {

    @PrePersist
    void created(AuditedEntity entity) {
        Instant now = Instant.now();
        String id = CurrentUser.id();
        String name = CurrentUser.name();
        entity.createdAt = now;
        entity.createdById = id;
        entity.createdBy = name;
        entity.updatedAt = now;
        entity.updatedById = id;
        entity.updatedBy = name;
    }

    @PreUpdate
    void updated(AuditedEntity entity) {
        entity.updatedAt = Instant.now();
        entity.updatedById = CurrentUser.id();
        entity.updatedBy = CurrentUser.name();
    }
}
