package cn.songjiang.budget.payments.testing;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh ids for the projects and contracts each test creates, distinct even on a reused database, and small
 * enough for JSON paths to read them as int.
 */
public final class Ids {

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 1_000_000L * 1_000);

    private Ids() {
    }

    public static long next() {
        return NEXT.incrementAndGet();
    }
}
