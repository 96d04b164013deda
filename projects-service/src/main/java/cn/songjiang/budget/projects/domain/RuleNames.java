package cn.songjiang.budget.projects.domain;

/** Stable names of the business rules this service enforces; they appear as {@code rule} in 422 problems. */
public final class RuleNames {

    public static final String CORRECTION_NEEDS_A_PROJECT_FINDING = "correction-needs-a-project-finding";
    public static final String DEADLINE_TARGET_IS_LE = "deadline-target-is-le";
    public static final String INDICATOR_LEVEL_MISMATCH = "indicator-level-mismatch";
    public static final String OBSERVATION_NEEDS_VALUE = "observation-needs-value";
    public static final String OBSERVATION_NOT_IN_FUTURE = "observation-not-in-future";
    public static final String ONE_CODE_PER_DEPARTMENT = "one-code-per-department";
    public static final String QUALITATIVE_ACTUAL_IS_A_RATIO = "qualitative-actual-is-a-ratio";
    public static final String QUALITATIVE_TARGET_HAS_NO_VALUE = "qualitative-target-has-no-value";
    public static final String TARGET_NEEDS_VALUE_OR_DEADLINE = "target-needs-value-or-deadline";

    private RuleNames() {
    }
}
