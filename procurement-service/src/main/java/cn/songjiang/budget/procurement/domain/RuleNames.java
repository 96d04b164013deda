package cn.songjiang.budget.procurement.domain;

/** Stable names of the business rules this service enforces; they appear as {@code rule} in 422 problems. */
public final class RuleNames {

    public static final String PROJECT_MUST_EXIST = "project-must-exist";
    public static final String PROJECT_BUDGET = "plans-within-project-budget";
    public static final String CATEGORY_BUDGET = "plans-within-category-budget";
    public static final String SME_RESERVE_WITHIN_PLAN = "sme-reserve-within-plan";
    public static final String PROCUREMENT_BUDGET_MUST_EXIST = "procurement-budget-must-exist";
    public static final String PLAN_STATUS_TRANSITION = "plan-status-transition";
    public static final String PLAN_AWARDED_BY_CONTRACT = "plan-awarded-by-contract";
    public static final String CREDIT_CODE_CHECK = "credit-code-gb32100";
    public static final String PLAN_MUST_BE_TENDERING = "contract-needs-tendering-or-awarded-plan";
    public static final String CONTRACT_WITHIN_PLAN = "contract-value-within-plan";
    public static final String RESERVED_PLAN_NEEDS_SME = "reserved-plan-needs-sme-supplier";
    public static final String CONTRACT_PERIOD_ORDER = "contract-period-start-before-end";
    public static final String PAYMENT_TERM_POSITIVE = "payment-term-positive";
    public static final String SME_PAYMENT_TERM_MAXIMUM = "sme-payment-term-at-most-60-days";
    public static final String PAYMENT_TERM_MAXIMUM = "payment-term-maximum";
    public static final String LATE_PAYMENT_RATE_RANGE = "late-payment-rate-range";
    public static final String LATE_PAYMENT_RATE_MINIMUM = "late-payment-rate-not-below-lpr";
    public static final String AMENDMENT_NEEDS_CHANGE = "amendment-changes-something";
    public static final String DEPARTMENT_BUDGET_MUST_EXIST = "department-budget-must-exist";
    public static final String CONTRACT_PLAN_MUST_EXIST = "contract-plan-must-exist";
    public static final String CONTRACT_SUPPLIER_MUST_EXIST = "contract-supplier-must-exist";
    public static final String PROJECT_PAYMENT_TERMS_MUST_EXIST = "project-payment-terms-must-exist";
    public static final String CONTRACT_STATUS_TRANSITION = "contract-status-transition";
    public static final String CONTRACT_AMENDABLE_ONLY_WHEN_ACTIVE = "contract-amendable-only-when-active";

    private RuleNames() {
    }
}
