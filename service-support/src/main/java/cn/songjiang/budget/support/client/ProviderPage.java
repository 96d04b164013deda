package cn.songjiang.budget.support.client;

import java.util.List;

/**
 * One page of a provider's paged list, as every service of the platform answers it ({@code PageResponse}): a
 * client's page view implements this so that {@link ProviderPages#all} can read every page of it.
 */
public interface ProviderPage<T> {

    List<T> items();

    long totalItems();

    int totalPages();
}
