package cn.songjiang.budget.support.client;

import cn.songjiang.budget.support.web.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads a whole paged list of a provider ("all projects of the department"): one request per page, each of the
 * largest size a service of the platform answers ({@link PageRequest#MAX_SIZE}), so that a list of n items costs
 * ceil(n / 500) requests. The caller bounds the list: past {@code maxItems} it stops reading and throws
 * {@link TooManyItems}, rather than holding an unbounded list or answering part of it.
 * <pre>{@code
 * List<ProjectView> all = ProviderPages.all((page, size) -> ProviderCalls.read(
 *         () -> api.projects(fiscalYear, departmentCode, page, size)), Limits.MAX_PROJECTS);
 * }</pre>
 * Each call is one {@link ProviderCalls} read; the method reading all pages carries the client's fault-tolerance
 * annotations, so a page that fails fails (and retries) the whole list.
 */
public final class ProviderPages {

    public static final int PAGE_SIZE = PageRequest.MAX_SIZE;

    private ProviderPages() {
    }

    /** The list has more items than its reader takes. */
    public static final class TooManyItems extends RuntimeException {

        private final long total;
        private final int max;

        public TooManyItems(long total, int max) {
            super("the list has " + total + " items, more than " + max);
            this.total = total;
            this.max = max;
        }

        public long total() {
            return total;
        }

        public int max() {
            return max;
        }
    }

    /**
     * Every item of a list, page 0 first, asking {@code page.apply(pageNumber, PAGE_SIZE)} until the provider's
     * {@code totalPages} is reached.
     *
     * @throws TooManyItems when a page says, or the pages read so far hold, more than {@code maxItems} items
     */
    public static <T> List<T> all(BiFunction<Integer, Integer, ? extends ProviderPage<? extends T>> page,
            int maxItems) {
        List<T> all = new ArrayList<>();
        int number = 0;
        ProviderPage<? extends T> current;
        do {
            current = page.apply(number, PAGE_SIZE);
            if (current.totalItems() > maxItems) {
                throw new TooManyItems(current.totalItems(), maxItems);
            }
            all.addAll(current.items());
            // Items added between two pages can push the list past its bound without any page saying so.
            if (all.size() > maxItems) {
                throw new TooManyItems(all.size(), maxItems);
            }
            number++;
        } while (number < current.totalPages() && !current.items().isEmpty());
        return all;
    }
}
