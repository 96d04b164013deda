package cn.songjiang.budget.support.client;

/**
 * A provider answered, but not as its contract says: a field the consumer needs is missing or has the wrong type.
 * Asking again gives the same answer, so clients neither retry it nor count it as the provider being down.
 */
public final class ContractViolation extends RuntimeException {

    public ContractViolation(String reason, Throwable cause) {
        super(reason, cause);
    }
}
