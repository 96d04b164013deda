package cn.songjiang.budget.projects.domain;

/** Rhythm of a recurring settlement (按月 / 每季度). */
public enum Recurrence {
    MONTHLY,
    QUARTERLY
}
