package cn.songjiang.budget.projects.domain;

/** Whether a reconciliation finding still waits for a person, or was resolved with a reason. */
public enum FindingStatus {
    OPEN,
    RESOLVED
}
