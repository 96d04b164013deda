package cn.songjiang.budget.console.client;

import java.util.List;

/** The due-payments filters of payments-service's API, as the console's form sends them (null: not set). */
public record DueFilter(Integer dueWithinDays, Boolean overdue, Boolean fiscalClose, List<String> supplierSizes,
        Long projectId, Long contractId, String sort, Integer page, Integer size) {

    public static DueFilter dueWithin(int days) {
        return new DueFilter(days, null, null, null, null, null, null, 0, 1);
    }

    public static DueFilter overdueOnly() {
        return new DueFilter(null, true, null, null, null, null, null, 0, 1);
    }
}
