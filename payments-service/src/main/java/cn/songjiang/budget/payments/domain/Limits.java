package cn.songjiang.budget.payments.domain;

/**
 * Bounds of the sets the service keeps or answers in one piece: a request that would pass one is refused (422)
 * rather than cut short, and the API document states each one as a list's maxItems.
 */
public final class Limits {

    /** The most payments (reversed ones included) one installment takes. */
    public static final int MAX_PAYMENTS = 1_000;
    /** The most projects one department has in a year that the execution dashboard shows. */
    public static final int MAX_PROJECTS = 5_000;
    /** The most groups the due-payments summary answers: narrow the filters for more. */
    public static final int MAX_GROUPS = 5_000;
    /**
     * The most releases (contracts with a payment plan) one OCDS package holds; a larger year is refused. The
     * package is streamed a batch of plans at a time, so this bound costs no memory: it is far above the few
     * thousand contracts a department signs in a year, and keeps the document's maxItems true.
     */
    public static final int MAX_RELEASES = 100_000;

    private Limits() {
    }
}
