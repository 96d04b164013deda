package cn.songjiang.budget.projects.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shapes of the paged lists (the same JSON as PageResponse, with their item type). */
public final class Pages {

    private Pages() {
    }

    /** A page of projects. */
    @Schema(name = "ProjectPage")
    public record ProjectPage(@Schema(maxItems = 500) List<ProjectSummaryResponse> items, int page, int size,
            long totalItems, int totalPages) {
    }

    /** A page of findings. */
    @Schema(name = "FindingPage")
    public record FindingPage(@Schema(maxItems = 500) List<FindingResponse> items, int page, int size,
            long totalItems, int totalPages) {
    }

    /** A page of imported documents. */
    @Schema(name = "BudgetDocumentPage")
    public record DocumentPage(@Schema(maxItems = 500) List<BudgetDocumentResponse> items, int page, int size,
            long totalItems, int totalPages) {
    }

    /** A page of observations. */
    @Schema(name = "ObservationPage")
    public record ObservationPage(@Schema(maxItems = 500) List<ObservationResponse> items, int page, int size,
            long totalItems, int totalPages) {
    }
}
