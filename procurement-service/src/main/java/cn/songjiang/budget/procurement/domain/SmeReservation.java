package cn.songjiang.budget.procurement.domain;

/**
 * How a plan is reserved for SMEs (财库〔2020〕46号 第八条): not at all, entirely (整体预留, only SMEs may bid),
 * or a share (a reserved lot, or an SME share of a consortium or subcontract).
 */
public enum SmeReservation {
    NONE,
    WHOLE,
    SHARE
}
