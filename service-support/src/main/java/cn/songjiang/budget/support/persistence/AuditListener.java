package cn.songjiang.budget.support.persistence;

import cn.songjiang.budget.support.security.CurrentUser;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/** Fills the audit columns of {@link AuditedEntity} from the caller's token. */
public class AuditListener {

    @PrePersist
    void created(AuditedEntity entity) {
        Instant now = Instant.now();
        String user = CurrentUser.name();
        entity.createdAt = now;
        entity.createdBy = user;
        entity.updatedAt = now;
        entity.updatedBy = user;
    }

    @PreUpdate
    void updated(AuditedEntity entity) {
        entity.updatedAt = Instant.now();
        entity.updatedBy = CurrentUser.name();
    }
}
