package cn.songjiang.budget.payments.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of projects-service's project list. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectPageView(List<ProjectView> items, int page, int size, long totalItems, int totalPages) {
}
