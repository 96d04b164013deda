package cn.songjiang.budget.support.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reading every page of a provider's list: the largest pages, every item once, and a bound. */
class ProviderPagesTest {

    private record Page(List<Integer> items, long totalItems, int totalPages) implements ProviderPage<Integer> {
    }

    /** A provider holding the items 0..total-1, answering pages as PageResponse does; records what it was asked. */
    private static final class Provider {
        private final int total;
        private final List<String> asked = new ArrayList<>();

        Provider(int total) {
            this.total = total;
        }

        Page page(int page, int size) {
            asked.add(page + "/" + size);
            List<Integer> items = IntStream.range(Math.min(page * size, total), Math.min((page + 1) * size, total))
                    .boxed().toList();
            return new Page(items, total, (total + size - 1) / size);
        }
    }

    @Test
    void readsEveryPageOnceAtTheLargestSizeAndKeepsTheOrder() {
        Provider provider = new Provider(1_200);

        List<Integer> all = ProviderPages.all(provider::page, 5_000);

        assertEquals(IntStream.range(0, 1_200).boxed().toList(), all);
        assertEquals(List.of("0/500", "1/500", "2/500"), provider.asked);
    }

    @Test
    void anEmptyListIsOneRequest() {
        Provider provider = new Provider(0);

        assertEquals(List.of(), ProviderPages.all(provider::page, 5_000));
        assertEquals(List.of("0/500"), provider.asked);
    }

    @Test
    void aListLargerThanTheBoundIsRefusedAfterItsFirstPage() {
        Provider provider = new Provider(1_201);

        ProviderPages.TooManyItems refused = assertThrows(ProviderPages.TooManyItems.class,
                () -> ProviderPages.all(provider::page, 1_200));

        assertEquals(1_201, refused.total());
        assertEquals(1_200, refused.max());
        assertEquals(List.of("0/500"), provider.asked);
    }

    @Test
    void itemsAddedWhilePagingCannotPassTheBound() {
        // The first page says 500 items in 2 pages; the second brings 500 more.
        List<String> asked = new ArrayList<>();
        ProviderPages.TooManyItems refused = assertThrows(ProviderPages.TooManyItems.class,
                () -> ProviderPages.all((page, size) -> {
                    asked.add(page + "/" + size);
                    return new Page(IntStream.range(0, size).boxed().toList(), 500, 2);
                }, 600));

        assertEquals(1_000, refused.total());
        assertEquals(List.of("0/500", "1/500"), asked);
    }

    @Test
    void anEmptyPageEndsTheListEvenIfTheProviderAnnouncedMorePages() {
        List<String> asked = new ArrayList<>();

        List<Integer> all = ProviderPages.all((page, size) -> {
            asked.add(page + "/" + size);
            return page == 0 ? new Page(List.of(1, 2), 2, 1_000) : new Page(List.of(), 2, 1_000);
        }, 5_000);

        assertEquals(List.of(1, 2), all);
        assertEquals(List.of("0/500", "1/500"), asked);
    }
}
