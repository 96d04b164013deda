package cn.songjiang.budget.payments.rest.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Due installments grouped by week, month, project or supplier size. */
public record DueSummaryResponse(String groupBy, LocalDate asOf,
        @Schema(maxItems = MAX_GROUPS) List<Group> groups, Totals totals) {

    /** More groups than this are refused: narrow the filters. */
    public static final int MAX_GROUPS = 5_000;

    /** One group: its key (week start, month, project id or size) and a label for people. */
    public record Group(String key, String label, Totals totals) {
    }
}
