package cn.songjiang.budget.support.client;

/**
 * A provider could not answer now: it answered 502, 503 or 504, could not be reached, or did not answer in time.
 * Asking again later may work, so this is the one failure clients retry and their circuit breakers count.
 */
public final class ProviderDown extends RuntimeException {

    private final int status;

    public ProviderDown(int status) {
        super("answered HTTP " + status, null, false, false);
        this.status = status;
    }

    public ProviderDown(Throwable cause) {
        super("not reachable or no answer in time", cause);
        this.status = 0;
    }

    /** The HTTP status it answered with, 0 when it did not answer. */
    public int status() {
        return status;
    }
}
