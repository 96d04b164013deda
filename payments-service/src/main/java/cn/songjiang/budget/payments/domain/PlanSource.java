package cn.songjiang.budget.payments.domain;

/** Where the installments of a plan came from. */
public enum PlanSource {
    /** Listed in the request. */
    REQUEST,
    /** A named template such as 30/40/30. */
    TEMPLATE,
    /** The project's parsed payment clause (projects-service). */
    PROJECT_TERMS
}
