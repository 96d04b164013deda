package cn.songjiang.budget.support.web;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list answer, with the totals a client needs to page through it. */
public record PageResponse<T>(
        @Schema(description = "The records of this page", maxItems = PageRequest.MAX_SIZE) List<T> items,
        @Schema(description = "Zero-based page number", minimum = "0", maximum = "2147483647") int page,
        @Schema(description = "Page size", minimum = "1", maximum = "500") int size,
        @Schema(description = "Records in the whole filtered list", minimum = "0") long totalItems,
        @Schema(description = "Pages in the whole filtered list", minimum = "0", maximum = "2147483647") int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(List.copyOf(items), request.page(), request.size(), totalItems, totalPages);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
