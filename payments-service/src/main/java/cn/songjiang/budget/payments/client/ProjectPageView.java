package cn.songjiang.budget.payments.client;

import cn.songjiang.budget.support.client.ProviderPage;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One page of projects-service's project list. */
public record ProjectPageView(@JsonProperty(required = true) List<ProjectView> items, int page, int size,
        long totalItems, @JsonProperty(required = true) int totalPages)
        implements ProviderPage<ProjectView> {
}
