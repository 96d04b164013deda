package cn.songjiang.budget.support.web;

import cn.songjiang.budget.support.problem.ApiProblem;

/**
 * A validated page of a list: zero-based {@code page} up to {@link #MAX_PAGE}, {@code size} 1..500 (default 50).
 * The bounds keep {@link #offset()} an {@code int}, as the database query needs it.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** The largest page whose offset fits an int whatever the size: 4,294,967. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ApiProblem.badRequest("page", "must be 0 or more");
        }
        if (p > MAX_PAGE) {
            throw ApiProblem.badRequest("page", "must be " + MAX_PAGE + " or less");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiProblem.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
