package cn.songjiang.budget.payments.domain;

/** A payment rule refused a value; the service layer answers it as a 422 naming {@link #rule()}. */
public class PaymentRuleException extends RuntimeException {

    private final String rule;

    public PaymentRuleException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
