package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static dev.wuye.complaint.tck.Snapshots.CENTRE_1;
import static dev.wuye.complaint.tck.Snapshots.CENTRE_2;
import static dev.wuye.complaint.tck.Snapshots.GMD;
import static dev.wuye.complaint.tck.Snapshots.audit;
import static dev.wuye.complaint.tck.Snapshots.next;
import static dev.wuye.complaint.tck.Snapshots.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Paged queries: {@code find} returns every match of every criterion exactly once, ordered by id, with
 * keyset paging for every page size, and {@code stream} yields the same, lazily. Before each check the
 * storage receives the same thirty cases over three departments, a quarter of them closed.
 */
public interface PagedQueryContract extends StorageContract {

    /**
     * The thirty cases each check starts from (the same every time).
     *
     * @return the cases, in the order they are stored
     */
    static List<CaseSnapshot> thirtyCases() {
        String[] departments = {CENTRE_1, CENTRE_2, GMD};
        Instant closedBase = Instant.parse("2025-02-01T00:00:00.000001Z");
        List<CaseSnapshot> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = String.format("PQ-%02d", (i * 7) % 30);
            CaseSnapshot s = sample(id, departments[i % 3], LocalDate.of(2025, 1, 1).plusDays(i * 5L));
            if (i % 4 == 0) {
                s = s.toBuilder().closedAt(closedBase.plus(i * 3L, ChronoUnit.DAYS)).build();
            }
            all.add(s);
        }
        return List.copyOf(all);
    }

    /**
     * The queries checked: every criterion alone and combined, and one that matches nothing.
     *
     * @return the queries
     */
    static Stream<CaseQuery> queries() {
        LocalDate feb = LocalDate.of(2025, 2, 1);
        LocalDate apr = LocalDate.of(2025, 4, 1);
        Instant mar = Instant.parse("2025-03-01T00:00:00Z");
        return Stream.of(
                CaseQuery.all(),
                CaseQuery.open(),
                new CaseQuery(CENTRE_1, null, null, null, false),
                new CaseQuery(GMD, null, null, null, true),
                new CaseQuery(null, feb, null, null, false),
                new CaseQuery(null, null, apr, null, false),
                new CaseQuery(null, feb, apr, null, false),
                new CaseQuery(null, null, null, mar, false),
                new CaseQuery(CENTRE_2, feb, apr, mar, false),
                new CaseQuery(CENTRE_1, feb, apr, mar, true),
                new CaseQuery("nobody", null, null, null, false));
    }

    /** Stores {@link #thirtyCases()}. */
    @BeforeEach
    default void thirtyCasesStored() {
        thirtyCases().forEach(this::intake);
    }

    private static List<CaseSnapshot> expected(CaseQuery q) {
        return thirtyCases().stream().filter(q::matches).sorted(Comparator.comparing(CaseSnapshot::id)).toList();
    }

    private static List<String> ids(List<CaseSnapshot> snapshots) {
        return snapshots.stream().map(CaseSnapshot::id).toList();
    }

    private List<CaseSnapshot> pageThrough(CaseQuery q, int limit) {
        List<CaseSnapshot> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<CaseSnapshot> page = cases().find(q, cursor, limit);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            if (page.hasNext()) {
                assertThat(page.items()).as("a page before the last is full").hasSize(limit);
            }
            seen.addAll(page.items());
            cursor = page.nextCursor();
            assertThat(++pages).as("pages").isLessThanOrEqualTo(thirtyCases().size() + 1);
        } while (cursor != null);
        return seen;
    }

    /**
     * Find returns exactly the matches of every criterion, ordered by id, for every page size.
     */
    @Test
    @DisplayName("find returns exactly the matches of every criterion, ordered by id, for every page size")
    default void everyCriterion() {
        queries().forEach(q -> {
            for (int limit : new int[]{1, 3, 7, 100}) {
                assertThat(ids(pageThrough(q, limit))).as("%s, limit %d", q, limit)
                        .containsExactlyElementsOf(ids(expected(q)));
            }
        });
    }

    /**
     * The criteria really filter: each selects some but not all cases.
     */
    @Test
    @DisplayName("the criteria really filter: each selects some but not all cases")
    default void criteriaAreSelective() {
        queries().skip(1).limit(9).forEach(q -> assertThat(expected(q)).as("%s", q).isNotEmpty()
                .hasSizeLessThan(thirtyCases().size()));
    }

    /**
     * Ids are ordered by String.compareTo: upper case before lower case.
     */
    @Test
    @DisplayName("ids are ordered by String.compareTo: upper case before lower case")
    default void binaryOrder() {
        for (String id : List.of("PQ-b", "PQ-B", "PQ-a", "PQ-A", "PQ-_", "PQ-0")) {
            intake(sample(id));
        }
        List<String> found = ids(pageThrough(new CaseQuery(null, null, null, null, false), 4));
        assertThat(found).isSorted().hasSize(36);
    }

    /**
     * Closing a case takes it out of the open cases.
     */
    @Test
    @DisplayName("closing a case takes it out of the open cases")
    default void closingLeavesOpen() {
        CaseSnapshot open = thirtyCases().stream().filter(CaseSnapshot::isOpen).findFirst().orElseThrow();
        CaseSnapshot closed = next(open, "closed").toBuilder().closedAt(Snapshots.T0).build();
        cases().save(closed, open.version(), List.of(audit(closed, "Close")));
        assertThat(ids(pageThrough(CaseQuery.open(), 5))).doesNotContain(open.id())
                .hasSize((int) thirtyCases().stream().filter(CaseSnapshot::isOpen).count() - 1);
    }

    /**
     * A limit below one is rejected.
     */
    @Test
    @DisplayName("a limit below one is rejected")
    default void badLimit() {
        assertThatThrownBy(() -> cases().find(CaseQuery.all(), null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Stream yields the same cases as paging, in order.
     */
    @Test
    @DisplayName("stream yields the same cases as paging, in order")
    default void streamEqualsPaging() {
        queries().forEach(q -> {
            try (Stream<CaseSnapshot> s = cases().stream(q, 4)) {
                assertThat(s.toList()).as("%s", q).containsExactlyElementsOf(expected(q));
            }
        });
    }

    /**
     * The unordered stream yields exactly the matching cases, each once, for every criterion and page size.
     */
    @Test
    @DisplayName("streamUnordered yields the same cases as stream, each once, in any order")
    default void unorderedStreamHasTheSameCases() {
        queries().forEach(q -> {
            for (int size : new int[]{1, 4, 100}) {
                try (Stream<CaseSnapshot> s = cases().streamUnordered(q, size)) {
                    assertThat(s.toList()).as("%s, page size %d", q, size).containsExactlyInAnyOrderElementsOf(expected(q));
                }
            }
        });
        assertThatThrownBy(() -> cases().streamUnordered(CaseQuery.all(), 0).count())
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Stream is lazy: nothing is fetched before it is consumed, and limit stops early.
     */
    @Test
    @DisplayName("stream is lazy: nothing is fetched before it is consumed, and limit stops early")
    default void streamIsLazy() {
        Stream<CaseSnapshot> stream = cases().stream(CaseQuery.all(), 2);
        CaseSnapshot early = intake(sample("PQ-!first"));
        List<CaseSnapshot> firstThree = stream.limit(3).toList();
        assertThat(firstThree).first().isEqualTo(early);
        assertThat(firstThree).hasSize(3);
    }
}
