package cn.songjiang.budget.payments.domain;

/** Procurement category of a contract (货物, 工程, 服务). */
public enum Category {
    GOODS, WORKS, SERVICES
}
