package cn.songjiang.budget.projects.domain;

/** Where a performance target comes from: read from the budget document, or entered by a project manager. */
public enum TargetOrigin {
    DOCUMENT,
    MANUAL
}
