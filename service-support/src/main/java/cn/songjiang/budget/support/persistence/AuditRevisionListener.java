package cn.songjiang.budget.support.persistence;

import cn.songjiang.budget.support.security.CurrentUser;
import org.hibernate.envers.RevisionListener;

/** Records the caller on each Envers revision. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        AuditRevision auditRevision = (AuditRevision) revision;
        auditRevision.userId = CurrentUser.id();
        auditRevision.username = CurrentUser.name();
    }
}
