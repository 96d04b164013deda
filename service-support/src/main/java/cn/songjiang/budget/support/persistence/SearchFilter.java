package cn.songjiang.budget.support.persistence;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The where clause of a list search built from optional criteria: a criterion whose value is absent (null or blank
 * text) is left out, so no criterion at all lists everything.
 */
public final class SearchFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** {@code property = :name} when the value is present. */
    public SearchFilter equal(String property, String name, Object value) {
        return where(property + " = :" + name, name, value);
    }

    /** Any condition on the named parameter {@code :name}, when the value is present. */
    public SearchFilter where(String condition, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            conditions.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** The conditions joined by {@code and}; empty when there are none. */
    public String query() {
        return String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }
}
