package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.Limits;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Due installments grouped by week, month, project or supplier size. */
public record DueSummaryResponse(String groupBy, LocalDate asOf,
        @Schema(maxItems = Limits.MAX_GROUPS) List<Group> groups, Totals totals) {

    /** One group: its key (week start, month, project id or size) and a label for people. */
    public record Group(String key, String label, Totals totals) {
    }
}
