package cn.songjiang.budget.payments.domain;

/** Stable names of the business rules this service enforces; they appear as {@code rule} in 422 problems. */
public final class RuleNames {

    public static final String ACTUAL_NOT_ESTIMATED = "actual-not-estimated";
    public static final String AMEND_BELOW_PAYABLE = "amend-below-payable";
    public static final String AMOUNT_PRECISION = "amount-precision";
    public static final String AMOUNTS_SUM = "amounts-sum";
    public static final String CONTRACT_NOT_ACTIVE = "contract-not-active";
    public static final String CONTRACT_UNKNOWN = "contract-unknown";
    public static final String CONTRACT_UNSUPPORTED = "contract-unsupported";
    public static final String CONTRACT_VALUE = "contract-value";
    public static final String CURRENCY = "currency";
    public static final String EVENT_BEFORE_SIGNING = "event-before-signing";
    public static final String EVENT_IN_FUTURE = "event-in-future";
    public static final String EXCEEDS_OUTSTANDING = "exceeds-outstanding";
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    public static final String NEGATIVE_VALUE = "negative-value";
    public static final String NO_EVENT_NEEDED = "no-event-needed";
    public static final String NOT_PAYABLE = "not-payable";
    public static final String PAYMENT_IN_FUTURE = "payment-in-future";
    public static final String PAYMENT_TERM = "payment-term";
    public static final String PERCENT_POSITIVE = "percent-positive";
    public static final String PERCENT_PRECISION = "percent-precision";
    public static final String PERCENT_SUM = "percent-sum";
    public static final String PLAN_EXCEEDS_BUDGET = "plan-exceeds-budget";
    public static final String PLAN_EXCEEDS_CONTRACT = "plan-exceeds-contract";
    public static final String PROJECT_UNKNOWN = "project-unknown";
    public static final String SERVICE_MONTHS = "service-months";
    public static final String SERVICE_PERIOD = "service-period";
    public static final String TERMS_UNSPECIFIED = "terms-unspecified";
    public static final String TERMS_UNSUPPORTED = "terms-unsupported";
    public static final String TOO_MANY_AMENDMENTS = "too-many-amendments";
    public static final String TOO_MANY_GROUPS = "too-many-groups";
    public static final String TOO_MANY_INSTALLMENTS = "too-many-installments";
    public static final String TOO_MANY_PAYMENTS = "too-many-payments";
    public static final String TOO_MANY_PROJECTS = "too-many-projects";
    public static final String TOO_MANY_RELEASES = "too-many-releases";
    public static final String TOO_MANY_ROWS = "too-many-rows";
    public static final String TRIGGER_MISMATCH = "trigger-mismatch";
    public static final String TRIGGER_RECURRING = "trigger-recurring";
    public static final String TRIGGER_REQUIRED = "trigger-required";
    public static final String VALUE_TOO_SMALL = "value-too-small";

    private RuleNames() {
    }
}
