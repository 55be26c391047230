package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.DueCase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static dev.wuye.complaint.tck.Snapshots.CENTRE_1;
import static dev.wuye.complaint.tck.Snapshots.audit;
import static dev.wuye.complaint.tck.Snapshots.next;
import static dev.wuye.complaint.tck.Snapshots.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SLA scan's query ({@code streamDue}): exactly the open cases whose stored next due instant is not
 * after the scan's instant, or was never derived ({@code null}), each once and in its latest version; the
 * store answers from the value saved and never derives it.
 */
public interface DueQueryContract extends StorageContract {

    /** The scan instant of the checks. */
    Instant T = Instant.parse("2025-03-17T02:00:00.000001Z");

    private CaseSnapshot due(String id, Instant nextDueAt) {
        return sample(id, CENTRE_1, LocalDate.of(2025, 3, 10)).toBuilder().nextDueAt(nextDueAt).build();
    }

    private List<String> dueIds(Instant asOf, int pageSize) {
        try (Stream<CaseSnapshot> s = cases().streamDue(asOf, pageSize)) {
            return s.map(CaseSnapshot::id).toList();
        }
    }

    /** The reference: the open cases whose next due instant is null or not after {@code asOf}. */
    private List<String> expected(Instant asOf) {
        try (Stream<CaseSnapshot> s = cases().stream(CaseQuery.open(), 50)) {
            return s.filter(c -> c.nextDueAt() == null || !c.nextDueAt().isAfter(asOf)).map(CaseSnapshot::id).toList();
        }
    }

    @Test
    @DisplayName("R-4.7.1 due: past, equal and not derived are returned; later, NOT_DUE and closed are not")
    default void dueOnly() {
        intake(due("D-past", T.minus(3, ChronoUnit.DAYS)));
        intake(due("D-equal", T));
        intake(due("D-null", null));
        intake(due("D-later", T.plusNanos(1_000)));
        intake(due("D-never", CaseSnapshot.NOT_DUE));
        intake(due("D-closed", T.minus(9, ChronoUnit.DAYS)).toBuilder().closedAt(T.minus(1, ChronoUnit.DAYS)).build());
        assertThat(dueIds(T, 2)).containsExactlyInAnyOrder("D-past", "D-equal", "D-null");
        assertThat(cases().findById("D-never")).get().extracting(CaseSnapshot::nextDueAt).isEqualTo(CaseSnapshot.NOT_DUE);
    }

    @Test
    @DisplayName("R-4.7.1 due: every save moves the case in or out of the due set, in its latest version")
    default void followsSaves() {
        CaseSnapshot a = intake(due("D-a", T.plus(5, ChronoUnit.DAYS)));
        CaseSnapshot b = intake(due("D-b", T.minus(1, ChronoUnit.DAYS)));
        assertThat(dueIds(T, 10)).containsExactly("D-b");
        CaseSnapshot a2 = next(a, "deadline moved").toBuilder().nextDueAt(T.minus(1, ChronoUnit.HOURS)).build();
        cases().save(a2, a.version(), List.of(audit(a2, "AddNote")));
        CaseSnapshot b2 = next(b, "closed").toBuilder().closedAt(T.minus(2, ChronoUnit.HOURS)).nextDueAt(null).build();
        cases().save(b2, b.version(), List.of(audit(b2, "AddNote")));
        try (Stream<CaseSnapshot> s = cases().streamDue(T, 10)) {
            assertThat(s.toList()).containsExactly(a2);
        }
    }

    @Test
    @DisplayName("R-4.7.1 due: agrees with the reference filter on random instants and page sizes")
    default void agreesWithReference() {
        Random random = new Random(20250317);
        List<Instant> probes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int kind = random.nextInt(10);
            Instant at = kind == 0 ? null : kind == 1 ? CaseSnapshot.NOT_DUE
                    : T.plus(random.nextInt(20 * 24) - 10 * 24, ChronoUnit.HOURS);
            CaseSnapshot s = due(String.format("R-%03d", i), at);
            if (random.nextInt(5) == 0) {
                s = s.toBuilder().closedAt(T.minus(random.nextInt(100) + 1, ChronoUnit.HOURS)).build();
            }
            intake(s);
            if (at != null) {
                probes.add(at);
            }
        }
        probes.add(T);
        for (Instant asOf : probes) {
            if (asOf.equals(CaseSnapshot.NOT_DUE)) {
                continue;
            }
            assertThat(dueIds(asOf, 1 + random.nextInt(7))).as("due at %s", asOf)
                    .containsExactlyInAnyOrderElementsOf(expected(asOf));
        }
    }

    @Test
    @DisplayName("R-4.7.1 due ids: the same cases as the due query, with the versions stored, on random instants")
    default void dueIdsAgreeWithDueQuery() {
        Random random = new Random(20251129);
        for (int i = 0; i < 40; i++) {
            int kind = random.nextInt(8);
            Instant at = kind == 0 ? null : kind == 1 ? CaseSnapshot.NOT_DUE
                    : T.plus(random.nextInt(20 * 24) - 10 * 24, ChronoUnit.HOURS);
            CaseSnapshot s = intake(due(String.format("V-%03d", i), at));
            for (int v = random.nextInt(3); v > 0; v--) {
                CaseSnapshot n = next(s, "touched").toBuilder().nextDueAt(s.nextDueAt()).build();
                cases().save(n, s.version(), List.of(audit(n, "AddNote")));
                s = n;
            }
        }
        for (Instant asOf : List.of(T.minus(5, ChronoUnit.DAYS), T, T.plus(5, ChronoUnit.DAYS))) {
            List<DueCase> expected;
            try (Stream<CaseSnapshot> s = cases().streamDue(asOf, 7)) {
                expected = s.map(c -> new DueCase(c.id(), c.version())).toList();
            }
            try (Stream<DueCase> ids = cases().streamDueIds(asOf, 1 + random.nextInt(7))) {
                assertThat(ids.toList()).as("due ids at %s", asOf).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
        assertThatThrownBy(() -> {
            try (Stream<DueCase> ids = cases().streamDueIds(T, 0)) {
                ids.count();
            }
        }).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-4.7.1 read by ids: the latest version of each case found, unknown ids left out, many ids at once")
    default void findAllById() {
        CaseSnapshot a = intake(due("F-a", T));
        CaseSnapshot a2 = next(a, "touched");
        cases().save(a2, a.version(), List.of(audit(a2, "AddNote")));
        intake(due("F-b", null));
        assertThat(cases().findAllById(List.of("F-a", "F-unknown", "F-b")))
                .extracting(CaseSnapshot::id, CaseSnapshot::version)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("F-a", a2.version()),
                        org.assertj.core.groups.Tuple.tuple("F-b", 1L));
        assertThat(cases().findAllById(List.of())).isEmpty();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            many.add(String.format("F-missing-%04d", i));
        }
        many.add(600, "F-b");
        assertThat(cases().findAllById(many)).extracting(CaseSnapshot::id).as("beyond one statement's ids")
                .containsExactly("F-b");
        assertThat(cases().findAllById(List.of("F-a"))).containsExactly(a2);
    }

    @Test
    @DisplayName("due: a page size below 1 is refused")
    default void badPageSize() {
        assertThatThrownBy(() -> dueIds(T, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
