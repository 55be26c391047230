package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.ArchiveBatch;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CaseStore;
import dev.wuye.complaint.spi.DuplicateIntakeException;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.Page;
import dev.wuye.complaint.spi.RecordLog;
import dev.wuye.complaint.spi.ReportSubmission;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.StaleVersionException;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.spi.VisitRecord;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.state.ActionChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * The compatibility kit every {@link Storage} implementation must pass.
 *
 * <p>Extend it in a test class and supply a fresh, empty storage per test:
 * <pre>{@code
 * class MyStorageCompatibilityTest extends StorageCompatibilityKit {
 *     @Override
 *     protected Storage createStorage() {
 *         return new MyStorage(freshDataSource());
 *     }
 * }
 * }</pre>
 * The JUnit 5 tests are grouped per concern in {@code @Nested} classes; the model-based jqwik
 * property sits on this class itself, because jqwik does not look into JUnit's {@code @Nested} classes
 * but does run {@code @Property} methods inherited from an abstract superclass. Both engines must be on
 * the test class path ({@code junit-jupiter} and {@code jqwik}).
 *
 * <p>The groups are declared once here, so Surefire names their reports after this class whichever store
 * runs them; a module that runs the kit for several stores turns on Surefire's phrased names (display
 * names, which start with the running test class) to give each store its own reports.
 *
 * <p>{@link #createStorage()} is called before every JUnit test and before every try of the property,
 * so a database-backed implementation empties its tables there. {@link #releaseStorage(Storage)} is
 * called after each JUnit test.
 */
public abstract class StorageCompatibilityKit {

    /** Threads the concurrency tests start. */
    protected static final int THREADS = 4;

    /** The storage under test in the current JUnit test. */
    protected Storage storage;

    /**
     * A new storage holding nothing. Called before every test and every property try.
     *
     * @return the storage
     */
    protected abstract Storage createStorage();

    /**
     * Releases what {@link #createStorage()} acquired, after every JUnit test. Does nothing by default.
     *
     * @param storage the storage the test used
     */
    protected void releaseStorage(Storage storage) {
    }

    @BeforeEach
    void createStorageForTest() {
        storage = createStorage();
    }

    @AfterEach
    void releaseStorageAfterTest() {
        if (storage != null) {
            releaseStorage(storage);
        }
    }

    private CaseStore cases() {
        return storage.cases();
    }

    private CaseSnapshot intake(CaseSnapshot s) {
        cases().save(s, 0, List.of(audit(s, "Receive")));
        return s;
    }

    private CaseSnapshot update(CaseSnapshot current, String note) {
        CaseSnapshot n = next(current, note);
        cases().save(n, current.version(), List.of(audit(n, "AddNote")));
        return n;
    }

    private static List<String> ids(List<CaseSnapshot> snapshots) {
        return snapshots.stream().map(CaseSnapshot::id).toList();
    }

    @Nested
    @DisplayName("round trip - every component is read back as saved")
    class RoundTrip {

        @Test
        @DisplayName("a minimal snapshot keeps its nulls and empty lists")
        void minimalSnapshot() {
            CaseSnapshot s = intake(sample("RT-min"));
            assertThat(cases().findById("RT-min")).contains(s);
            assertThat(cases().findByIdempotencyKey("key-RT-min")).contains(s);
        }

        @Test
        @DisplayName("every component, with Chinese text, emoji and instants from several zones")
        void everyComponent() {
            CaseSnapshot s = intake(Snapshots.full("RT-全部-😀"));
            CaseSnapshot read = cases().findById(s.id()).orElseThrow();
            assertThat(read).usingRecursiveComparison().isEqualTo(s);
            assertThat(read).isEqualTo(s);
            assertThat(cases().findByIdempotencyKey(s.idempotencyKey())).contains(s);
        }

        @Test
        @DisplayName("the longest texts, ids and keys the SPI allows")
        void longestTexts() {
            CaseSnapshot s = intake(Snapshots.longest("RT-long-"));
            assertThat(s.id()).hasSize(CaseSnapshot.MAX_ID_LENGTH);
            assertThat(s.idempotencyKey()).hasSize(CaseSnapshot.MAX_KEY_LENGTH);
            assertThat(s.contentSummary()).hasSize(CaseSnapshot.MAX_SUMMARY_LENGTH);
            assertThat(s.onlineReplyText()).hasSize(CaseSnapshot.MAX_TEXT_LENGTH);
            assertThat(cases().findById(s.id())).contains(s);
            assertThat(cases().findByIdempotencyKey(s.idempotencyKey())).contains(s);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"UTC", "Asia/Shanghai", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe",
                "Pacific/Kiritimati", "America/St_Johns"})
        @DisplayName("instants keep their microseconds whatever zone they were created in, also in DST gaps and overlaps")
        void instantsAcrossZones(String zone) {
            List<LocalDateTime> walls = List.of(
                    LocalDateTime.of(2025, 3, 9, 2, 30, 0, 123_456_000),
                    LocalDateTime.of(2025, 3, 30, 2, 30, 0, 1_000),
                    LocalDateTime.of(2025, 10, 26, 2, 30, 0, 999_999_000),
                    LocalDateTime.of(2025, 11, 2, 1, 30, 0, 500_000),
                    LocalDateTime.of(2025, 4, 6, 1, 45, 0, 10_000));
            int i = 0;
            for (LocalDateTime wall : walls) {
                Instant at = Snapshots.inZone(wall, zone);
                String id = "RT-zone-" + zone.replace('/', '_') + "-" + i++;
                CaseSnapshot s = sample(id).toBuilder()
                        .receivedAt(at).handedOverAt(at.plus(1, ChronoUnit.MICROS)).closedAt(at)
                        .lastModifiedAt(at).build();
                intake(s);
                CaseSnapshot read = cases().findById(id).orElseThrow();
                assertThat(read.receivedAt()).as("receivedAt of %s in %s", wall, zone).isEqualTo(at);
                assertThat(read.handedOverAt()).isEqualTo(at.plus(1, ChronoUnit.MICROS));
                assertThat(read).isEqualTo(s);
            }
        }

        @Test
        @DisplayName("an update replaces the snapshot: lists may shrink, fields may become null")
        void updateReplacesEverything() {
            CaseSnapshot full = intake(Snapshots.full("RT-upd"));
            CaseSnapshot emptier = sample("RT-upd").toBuilder()
                    .idempotencyKey(full.idempotencyKey()).version(2).state("HANDLING").build();
            cases().save(emptier, 1, List.of(audit(emptier, "Reset")));
            assertThat(cases().findById("RT-upd")).contains(emptier);
        }

        @Test
        @DisplayName("a text longer than allowed is rejected with nothing written, or kept whole: never truncated")
        void neverTruncated() {
            CaseSnapshot tooLong = sample("RT-too-long").toBuilder()
                    .contentSummary(Snapshots.text(CaseSnapshot.MAX_SUMMARY_LENGTH + 1))
                    .onlineReplyText(Snapshots.text(CaseSnapshot.MAX_TEXT_LENGTH + 1)).build();
            boolean rejected;
            try {
                cases().save(tooLong, 0, List.of(audit(tooLong, "Receive")));
                rejected = false;
            } catch (RuntimeException e) {
                rejected = true;
            }
            if (rejected) {
                assertThat(cases().findById("RT-too-long")).isEmpty();
                assertThat(cases().auditTrail("RT-too-long")).isEmpty();
            } else {
                assertThat(cases().findById("RT-too-long")).contains(tooLong);
            }
        }

        @Test
        @DisplayName("unknown ids and keys find nothing")
        void unknown() {
            intake(sample("RT-known"));
            assertThat(cases().findById("RT-unknown")).isEmpty();
            assertThat(cases().findByIdempotencyKey("key-RT-unknown")).isEmpty();
            assertThat(cases().auditTrail("RT-unknown")).isEmpty();
        }

        @Test
        @DisplayName("ids and keys are exact: case, trailing spaces and distinct emoji make distinct cases")
        void exactIds() {
            List<String> ids = List.of("RT-a", "RT-A", "RT-a ", "RT-😀", "RT-😁", "rt-a");
            for (String id : ids) {
                intake(sample(id).toBuilder().idempotencyKey("K" + id).contentSummary("summary of " + id).build());
            }
            for (String id : ids) {
                assertThat(cases().findById(id)).get().extracting(CaseSnapshot::contentSummary)
                        .isEqualTo("summary of " + id);
                assertThat(cases().findByIdempotencyKey("K" + id)).get().extracting(CaseSnapshot::id)
                        .isEqualTo(id);
            }
            assertThat(cases().find(CaseQuery.all(), null, 100).items()).hasSize(ids.size());
        }
    }

    @Nested
    @DisplayName("optimistic concurrency - a save names the version it read")
    class OptimisticConcurrency {

        @Test
        @DisplayName("a save with the stored version succeeds and bumps the version")
        void currentVersionWins() {
            CaseSnapshot v1 = intake(sample("OC-1"));
            CaseSnapshot v2 = update(v1, "进展一");
            CaseSnapshot v3 = update(v2, "进展二");
            assertThat(cases().findById("OC-1")).contains(v3);
            assertThat(cases().auditTrail("OC-1")).extracting(AuditEntry::version).containsExactly(1L, 2L, 3L);
        }

        @Test
        @DisplayName("the second of two writers on one version gets StaleVersionException, and nothing of it is stored")
        void staleWriterLoses() {
            CaseSnapshot v1 = intake(sample("OC-2"));
            CaseSnapshot winner = next(v1, "winner");
            CaseSnapshot loser = next(v1, "loser").toBuilder().state("HANDLING").build();
            cases().save(winner, 1, List.of(audit(winner, "Win")));
            assertThatThrownBy(() -> cases().save(loser, 1, List.of(audit(loser, "Lose"), audit(loser, "Lose2"))))
                    .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                        assertThat(e.caseId()).isEqualTo("OC-2");
                        assertThat(e.expectedVersion()).isEqualTo(1);
                        assertThat(e.actualVersion()).isIn(2L, -1L);
                    });
            assertThat(cases().findById("OC-2")).contains(winner);
            assertThat(cases().auditTrail("OC-2")).extracting(AuditEntry::command).containsExactly("Receive", "Win");
        }

        @Test
        @DisplayName("an expected version ahead of the stored one is stale")
        void versionAhead() {
            CaseSnapshot v1 = intake(sample("OC-3"));
            CaseSnapshot v6 = v1.toBuilder().version(6).build();
            assertThatThrownBy(() -> cases().save(v6, 5, List.of(audit(v6, "Jump"))))
                    .isInstanceOf(StaleVersionException.class);
            assertThat(cases().findById("OC-3")).contains(v1);
            assertThat(cases().auditTrail("OC-3")).hasSize(1);
        }

        @Test
        @DisplayName("an update of a case that was never stored is stale and creates nothing")
        void updateOfUnknownCase() {
            CaseSnapshot ghost = sample("OC-ghost").toBuilder().version(2).build();
            assertThatThrownBy(() -> cases().save(ghost, 1, List.of(audit(ghost, "Ghost"))))
                    .isInstanceOf(StaleVersionException.class);
            assertThat(cases().findById("OC-ghost")).isEmpty();
            assertThat(cases().findByIdempotencyKey("key-OC-ghost")).isEmpty();
            assertThat(cases().auditTrail("OC-ghost")).isEmpty();
        }

        @Test
        @DisplayName("snapshot.version must be expectedVersion + 1; otherwise nothing is written")
        void versionMismatch() {
            CaseSnapshot v1 = intake(sample("OC-4"));
            CaseSnapshot same = next(v1, "x").toBuilder().version(1).build();
            CaseSnapshot skip = next(v1, "x").toBuilder().version(3).build();
            assertThatThrownBy(() -> cases().save(same, 1, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> cases().save(skip, 1, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            CaseSnapshot fresh = sample("OC-5").toBuilder().version(2).build();
            assertThatThrownBy(() -> cases().save(fresh, 0, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> cases().save(v1, -1, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            CaseSnapshot v0 = sample("OC-5").toBuilder().version(0).build();
            assertThatThrownBy(() -> cases().save(v0, -1, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(cases().findById("OC-4")).contains(v1);
            assertThat(cases().findById("OC-5")).isEmpty();
            assertThat(cases().auditTrail("OC-4")).hasSize(1);
        }

        @Test
        @DisplayName("audit entries of another case or version are rejected; nothing is written")
        void foreignAuditEntries() {
            CaseSnapshot v1 = intake(sample("OC-6"));
            CaseSnapshot v2 = next(v1, "x");
            AuditEntry otherCase = audit(sample("OC-other").toBuilder().version(2).build(), "Other");
            AuditEntry otherVersion = audit(v1, "Old");
            assertThatThrownBy(() -> cases().save(v2, 1, List.of(audit(v2, "Ok"), otherCase)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> cases().save(v2, 1, List.of(otherVersion)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(cases().findById("OC-6")).contains(v1);
            assertThat(cases().auditTrail("OC-6")).extracting(AuditEntry::command).containsExactly("Receive");
        }

        @Test
        @DisplayName("an update cannot change the idempotency key")
        void keyIsFixed() {
            CaseSnapshot v1 = intake(sample("OC-7"));
            CaseSnapshot rekeyed = next(v1, "x").toBuilder().idempotencyKey("another-key").build();
            assertThatThrownBy(() -> cases().save(rekeyed, 1, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(cases().findById("OC-7")).contains(v1);
            assertThat(cases().findByIdempotencyKey("another-key")).isEmpty();
        }

        @Test
        @DisplayName("two writers racing on one version: exactly one wins, the loser's snapshot and audit entries are not stored")
        void racingWriters() throws Exception {
            for (int round = 0; round < 10; round++) {
                String id = "OC-race-" + round;
                CaseSnapshot v1 = intake(sample(id));
                List<CaseSnapshot> candidates = List.of(next(v1, "writer A"), next(v1, "writer B"));
                List<Outcome<CaseSnapshot>> outcomes = race(2, i -> {
                    CaseSnapshot mine = candidates.get(i);
                    cases().save(mine, 1, List.of(audit(mine, "Writer" + i)));
                    return mine;
                });
                List<CaseSnapshot> winners = outcomes.stream().filter(Outcome::ok).map(Outcome::value).toList();
                assertThat(winners).as("winners of round %d", round).hasSize(1);
                assertThat(outcomes).filteredOn(o -> !o.ok()).singleElement()
                        .satisfies(o -> assertThat(o.error()).isInstanceOf(StaleVersionException.class));
                int w = candidates.indexOf(winners.get(0));
                assertThat(cases().findById(id)).contains(winners.get(0));
                assertThat(cases().auditTrail(id)).extracting(AuditEntry::command)
                        .containsExactly("Receive", "Writer" + w);
            }
        }
    }

    @Nested
    @DisplayName("idempotent intake - one key, one case")
    class IdempotentIntake {

        @Test
        @DisplayName("the same key twice yields one case and DuplicateIntakeException")
        void sameKeyTwice() {
            CaseSnapshot first = intake(sample("II-1"));
            CaseSnapshot again = sample("II-2").toBuilder().idempotencyKey("key-II-1").build();
            assertThatThrownBy(() -> cases().save(again, 0, List.of(audit(again, "Receive"))))
                    .isInstanceOfSatisfying(DuplicateIntakeException.class,
                            e -> assertThat(e.idempotencyKey()).isEqualTo("key-II-1"));
            assertThat(cases().findByIdempotencyKey("key-II-1")).contains(first);
            assertThat(cases().findById("II-2")).isEmpty();
            assertThat(cases().auditTrail("II-2")).isEmpty();
            assertThat(cases().find(CaseQuery.all(), null, 10).items()).containsExactly(first);
        }

        @Test
        @DisplayName("a new case with a taken id is a duplicate; the stored case is untouched")
        void sameIdTwice() {
            CaseSnapshot first = intake(sample("II-3"));
            CaseSnapshot clash = sample("II-3").toBuilder().idempotencyKey("other-key").contentSummary("x").build();
            assertThatThrownBy(() -> cases().save(clash, 0, List.of(audit(clash, "Receive"))))
                    .isInstanceOf(DuplicateIntakeException.class);
            assertThat(cases().findById("II-3")).contains(first);
            assertThat(cases().findByIdempotencyKey("other-key")).isEmpty();
            assertThat(cases().auditTrail("II-3")).hasSize(1);
        }

        @Test
        @DisplayName("concurrent intakes of one key make exactly one case")
        void racingIntakes() throws Exception {
            for (int round = 0; round < 5; round++) {
                String key = "racing-key-" + round;
                int r = round;
                List<Outcome<CaseSnapshot>> outcomes = race(THREADS, i -> {
                    CaseSnapshot s = sample("II-race-" + r + "-" + i).toBuilder().idempotencyKey(key).build();
                    cases().save(s, 0, List.of(audit(s, "Receive")));
                    return s;
                });
                List<CaseSnapshot> created = outcomes.stream().filter(Outcome::ok).map(Outcome::value).toList();
                assertThat(created).as("cases created in round %d", round).hasSize(1);
                assertThat(outcomes).filteredOn(o -> !o.ok())
                        .allSatisfy(o -> assertThat(o.error()).isInstanceOf(DuplicateIntakeException.class));
                assertThat(cases().findByIdempotencyKey(key)).contains(created.get(0));
                for (int i = 0; i < THREADS; i++) {
                    String id = "II-race-" + r + "-" + i;
                    assertThat(cases().auditTrail(id)).hasSize(id.equals(created.get(0).id()) ? 1 : 0);
                }
            }
            assertThat(cases().find(CaseQuery.all(), null, 100).items()).hasSize(5);
        }
    }

    @Nested
    @DisplayName("audit trail - append-only, ordered, in the same unit of work as the snapshot")
    class AuditTrail {

        @Test
        @DisplayName("entries come back equal, ordered by version then insertion")
        void orderedAndEqual() {
            CaseSnapshot v1 = sample("AT-1");
            AuditEntry receive = audit(v1, "Receive");
            cases().save(v1, 0, List.of(receive));
            CaseSnapshot v2 = next(v1, "a");
            AuditEntry b = audit(v2, "B-Classify");
            AuditEntry a = audit(v2, "A-Assign");
            cases().save(v2, 1, List.of(b, a));
            CaseSnapshot v3 = next(v2, "b");
            cases().save(v3, 2, List.of());
            CaseSnapshot v4 = next(v3, "c");
            AuditEntry withNulls = new AuditEntry("AT-1", 4, v4.lastModifiedAt(), "S9", "HEAD", null, "Close",
                    null, "CLOSED", null);
            cases().save(v4, 3, List.of(withNulls));
            assertThat(cases().auditTrail("AT-1")).containsExactly(receive, b, a, withNulls);
        }

        @Test
        @DisplayName("an entry keeps the longest detail and roles, Chinese and emoji, and microseconds")
        void longestEntry() {
            CaseSnapshot v1 = sample("AT-long");
            AuditEntry longest = new AuditEntry("AT-long", 1, Snapshots.T0.plus(7, ChronoUnit.MICROS),
                    Snapshots.text(CaseSnapshot.MAX_ID_LENGTH), Snapshots.text(CaseSnapshot.MAX_TEXT_LENGTH),
                    Snapshots.text(CaseSnapshot.MAX_ID_LENGTH), Snapshots.text(CaseSnapshot.MAX_ID_LENGTH),
                    null, Snapshots.text(CaseSnapshot.MAX_ID_LENGTH), Snapshots.text(CaseSnapshot.MAX_TEXT_LENGTH));
            cases().save(v1, 0, List.of(longest));
            assertThat(cases().auditTrail("AT-long")).containsExactly(longest);
        }

        @Test
        @DisplayName("the trails of two cases never mix, and earlier entries never change")
        void separateAndAppendOnly() {
            CaseSnapshot x = intake(sample("AT-x"));
            CaseSnapshot y = intake(sample("AT-y"));
            List<AuditEntry> before = cases().auditTrail("AT-x");
            update(x, "x1");
            update(y, "y1");
            List<AuditEntry> after = cases().auditTrail("AT-x");
            assertThat(after).startsWith(before.toArray(AuditEntry[]::new)).hasSize(2)
                    .allSatisfy(e -> assertThat(e.caseId()).isEqualTo("AT-x"));
            assertThat(cases().auditTrail("AT-y")).hasSize(2)
                    .allSatisfy(e -> assertThat(e.caseId()).isEqualTo("AT-y"));
        }
    }

    @Nested
    @DisplayName("paged queries - every criterion, every match exactly once")
    class PagedQueries {

        private final List<CaseSnapshot> all = new ArrayList<>();

        @BeforeEach
        void thirtyCases() {
            String[] departments = {CENTRE_1, CENTRE_2, GMD};
            Instant closedBase = Instant.parse("2025-02-01T00:00:00.000001Z");
            for (int i = 0; i < 30; i++) {
                String id = String.format("PQ-%02d", (i * 7) % 30);
                CaseSnapshot s = sample(id, departments[i % 3], LocalDate.of(2025, 1, 1).plusDays(i * 5L));
                if (i % 4 == 0) {
                    s = s.toBuilder().closedAt(closedBase.plus(i * 3L, ChronoUnit.DAYS)).build();
                }
                all.add(intake(s));
            }
        }

        private List<CaseSnapshot> expected(CaseQuery q) {
            return all.stream().filter(q::matches).sorted(Comparator.comparing(CaseSnapshot::id)).toList();
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
                assertThat(++pages).as("pages").isLessThanOrEqualTo(all.size() + 1);
            } while (cursor != null);
            return seen;
        }

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

        @Test
        @DisplayName("find returns exactly the matches of every criterion, ordered by id, for every page size")
        void everyCriterion() {
            queries().forEach(q -> {
                for (int limit : new int[]{1, 3, 7, 100}) {
                    assertThat(ids(pageThrough(q, limit))).as("%s, limit %d", q, limit)
                            .containsExactlyElementsOf(ids(expected(q)));
                }
            });
        }

        @Test
        @DisplayName("the criteria really filter: each selects some but not all cases")
        void criteriaAreSelective() {
            queries().skip(1).limit(9).forEach(q -> assertThat(expected(q)).as("%s", q).isNotEmpty()
                    .hasSizeLessThan(all.size()));
        }

        @Test
        @DisplayName("ids are ordered by String.compareTo: upper case before lower case")
        void binaryOrder() {
            for (String id : List.of("PQ-b", "PQ-B", "PQ-a", "PQ-A", "PQ-_", "PQ-0")) {
                intake(sample(id));
            }
            List<String> found = ids(pageThrough(new CaseQuery(null, null, null, null, false), 4));
            assertThat(found).isSorted().hasSize(36);
        }

        @Test
        @DisplayName("closing a case takes it out of the open cases")
        void closingLeavesOpen() {
            CaseSnapshot open = all.stream().filter(CaseSnapshot::isOpen).findFirst().orElseThrow();
            CaseSnapshot closed = next(open, "closed").toBuilder().closedAt(Snapshots.T0).build();
            cases().save(closed, open.version(), List.of(audit(closed, "Close")));
            assertThat(ids(pageThrough(CaseQuery.open(), 5))).doesNotContain(open.id())
                    .hasSize((int) all.stream().filter(CaseSnapshot::isOpen).count() - 1);
        }

        @Test
        @DisplayName("a limit below one is rejected")
        void badLimit() {
            assertThatThrownBy(() -> cases().find(CaseQuery.all(), null, 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("stream yields the same cases as paging, in order")
        void streamEqualsPaging() {
            queries().forEach(q -> {
                try (Stream<CaseSnapshot> s = cases().stream(q, 4)) {
                    assertThat(s.toList()).as("%s", q).containsExactlyElementsOf(expected(q));
                }
            });
        }

        @Test
        @DisplayName("stream is lazy: nothing is fetched before it is consumed, and limit stops early")
        void streamIsLazy() {
            Stream<CaseSnapshot> stream = cases().stream(CaseQuery.all(), 2);
            CaseSnapshot early = intake(sample("PQ-!first"));
            List<CaseSnapshot> firstThree = stream.limit(3).toList();
            assertThat(firstThree).first().isEqualTo(early);
            assertThat(firstThree).hasSize(3);
        }
    }

    /** Checks shared by the four record logs. */
    abstract class LogContract<R> {

        abstract RecordLog<R> log();

        /** A record of a department dated on a day, with a discriminating id. */
        abstract R record(String id, String department, LocalDate day, int minuteOfDay);

        abstract String idOf(R record);

        @Test
        @DisplayName("append is idempotent by id: the second append returns false and changes nothing")
        void idempotentAppend() {
            R first = record("L-1", CENTRE_1, LocalDate.of(2025, 3, 3), 600);
            R clash = record("L-1", CENTRE_2, LocalDate.of(2025, 3, 4), 601);
            assertThat(log().append(first)).isTrue();
            assertThat(log().append(clash)).isFalse();
            assertThat(log().append(first)).isFalse();
            assertThat(log().findById("L-1")).contains(first);
            assertThat(log().findById("L-2")).isEmpty();
            assertThat(log().find(null, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))).containsExactly(first);
        }

        @Test
        @DisplayName("find returns the department's records in [from, to), oldest first, ties by id")
        void findByDepartmentAndRange() {
            LocalDate mar1 = LocalDate.of(2025, 3, 1);
            R before = record("L-before", CENTRE_1, mar1.minusDays(1), 1439);
            R first = record("L-z-first", CENTRE_1, mar1, 0);
            R tieB = record("L-tie-b", CENTRE_1, mar1.plusDays(9), 720);
            R tieA = record("L-tie-a", CENTRE_1, mar1.plusDays(9), 720);
            R last = record("L-last", CENTRE_1, mar1.plusDays(30), 1439);
            R after = record("L-after", CENTRE_1, mar1.plusMonths(1), 0);
            R other = record("L-other", CENTRE_2, mar1.plusDays(3), 600);
            for (R r : List.of(after, tieB, other, last, before, tieA, first)) {
                assertThat(log().append(r)).isTrue();
            }
            List<R> found = log().find(CENTRE_1, mar1, mar1.plusMonths(1));
            List<R> expected = new ArrayList<>(List.of(first, tieA, tieB, last));
            assertThat(found).containsExactlyElementsOf(expected);
            assertThat(log().find(null, mar1, mar1.plusMonths(1))).hasSize(5).contains(other);
            assertThat(log().find(CENTRE_2, mar1, mar1.plusDays(3))).isEmpty();
            assertThat(log().find(CENTRE_1, mar1.plusMonths(1), mar1)).isEmpty();
        }

        @Test
        @DisplayName("concurrent appends of one id store exactly one record")
        void racingAppends() throws Exception {
            List<Outcome<Boolean>> outcomes = race(THREADS,
                    i -> log().append(record("L-race", "C0" + i, LocalDate.of(2025, 3, 3), 600 + i)));
            assertThat(outcomes).allSatisfy(o -> assertThat(o.ok()).as("no append failed: %s", o.error()).isTrue());
            assertThat(outcomes.stream().filter(o -> o.value()).count()).isEqualTo(1);
            R stored = log().findById("L-race").orElseThrow();
            assertThat(idOf(stored)).isEqualTo("L-race");
        }
    }

    @Nested
    @DisplayName("R-4.5.1 visit log 《走访客户记录表》")
    class VisitLog extends LogContract<VisitRecord> {
        @Override
        RecordLog<VisitRecord> log() {
            return storage.visits();
        }

        @Override
        VisitRecord record(String id, String department, LocalDate day, int minuteOfDay) {
            return Snapshots.visit(id, department, day);
        }

        @Override
        String idOf(VisitRecord r) {
            return r.id();
        }

        @Test
        @DisplayName("R-4.5.1 a visit keeps every field: customer, longest notes, opinion ids, nullable checker")
        void everyField() {
            VisitRecord full = Snapshots.visit("V-1", CENTRE_1, LocalDate.of(2025, 3, 5));
            VisitRecord longest = new VisitRecord("V-2", "S003", CENTRE_1, LocalDate.of(2025, 3, 6),
                    new dev.wuye.complaint.spi.CustomerData(null, null, null),
                    Snapshots.text(CaseSnapshot.MAX_TEXT_LENGTH), List.of(), null);
            assertThat(log().append(full)).isTrue();
            assertThat(log().append(longest)).isTrue();
            assertThat(log().findById("V-1")).contains(full);
            assertThat(log().findById("V-2")).contains(longest);
        }
    }

    @Nested
    @DisplayName("R-4.3.1g duty handover log 《值班交接班记录表》")
    class DutyLog extends LogContract<DutyLogEntry> {
        @Override
        RecordLog<DutyLogEntry> log() {
            return storage.dutyLog();
        }

        @Override
        DutyLogEntry record(String id, String department, LocalDate day, int minuteOfDay) {
            return Snapshots.duty(id, department, day.atStartOfDay(storage.zone()).plusMinutes(minuteOfDay)
                    .plusNanos(123_456_000).toInstant());
        }

        @Override
        String idOf(DutyLogEntry r) {
            return r.id();
        }

        @Test
        @DisplayName("R-4.3.1g a night entry belongs to the day of the storage's zone, entries of one day ordered by time")
        void datedInStorageZone() {
            ZoneId zone = storage.zone();
            LocalDate apr1 = LocalDate.of(2025, 4, 1);
            Instant halfPastMidnight = apr1.atTime(0, 30).atZone(zone).toInstant();
            DutyLogEntry night = Snapshots.duty("D-z-night", CENTRE_1, halfPastMidnight);
            DutyLogEntry morning = Snapshots.duty("D-a-morning", CENTRE_1, halfPastMidnight.plus(8, ChronoUnit.HOURS));
            DutyLogEntry lateMarch = Snapshots.duty("D-march", CENTRE_1, halfPastMidnight.minus(1, ChronoUnit.HOURS));
            for (DutyLogEntry e : List.of(morning, lateMarch, night)) {
                log().append(e);
            }
            assertThat(log().find(CENTRE_1, apr1, apr1.plusDays(1))).containsExactly(night, morning);
            assertThat(log().find(CENTRE_1, apr1.minusDays(1), apr1)).containsExactly(lateMarch);
        }

        @Test
        @DisplayName("R-4.3.1g a duty entry keeps every field, with the longest text and a null case id")
        void everyField() {
            DutyLogEntry general = new DutyLogEntry("D-1", CENTRE_1, "S201", Snapshots.T0, "HANDED_OVER", null,
                    Snapshots.text(CaseSnapshot.MAX_TEXT_LENGTH));
            assertThat(log().append(general)).isTrue();
            assertThat(log().findById("D-1")).contains(general);
        }
    }

    @Nested
    @DisplayName("R-4.4.2d7 and R-4.5.3 reviews")
    class Reviews extends LogContract<ReviewRecord> {
        @Override
        RecordLog<ReviewRecord> log() {
            return storage.reviews();
        }

        @Override
        ReviewRecord record(String id, String department, LocalDate day, int minuteOfDay) {
            return Snapshots.review(id, department, day);
        }

        @Override
        String idOf(ReviewRecord r) {
            return r.id();
        }

        @Test
        @DisplayName("a review keeps every field, with null remarks")
        void everyField() {
            ReviewRecord r = new ReviewRecord("RV-1", CENTRE_1, "S010", "MONTHLY_VISITS", LocalDate.of(2025, 3, 1),
                    Snapshots.T0, 0, null);
            assertThat(log().append(r)).isTrue();
            assertThat(log().findById("RV-1")).contains(r);
        }
    }

    @Nested
    @DisplayName("R-4.6.2 report submissions")
    class Submissions extends LogContract<ReportSubmission> {
        @Override
        RecordLog<ReportSubmission> log() {
            return storage.submissions();
        }

        @Override
        ReportSubmission record(String id, String department, LocalDate day, int minuteOfDay) {
            return Snapshots.submission(id, department, day.atStartOfDay(storage.zone()).plusMinutes(minuteOfDay)
                    .plusNanos(1_000).toInstant());
        }

        @Override
        String idOf(ReportSubmission r) {
            return r.id();
        }

        @Test
        @DisplayName("a submission keeps the longest summary")
        void everyField() {
            ReportSubmission s = new ReportSubmission("RS-1", GMD, "2025-Q1", "QUARTERLY_SUMMARY",
                    Snapshots.text(CaseSnapshot.MAX_TEXT_LENGTH), "S020", Snapshots.T0);
            assertThat(log().append(s)).isTrue();
            assertThat(log().findById("RS-1")).contains(s);
        }
    }

    @Nested
    @DisplayName("R-4.8 archive batches")
    class ArchiveBatches {

        @Test
        @DisplayName("saveIfAbsent stores a batch once; a second batch for the same department, period and kind returns the first")
        void idempotent() {
            ArchiveBatch first = Snapshots.batch("AB-1", CENTRE_1, "2025-03", "MONTHLY", List.of("A-2", "A-1"));
            ArchiveBatch second = Snapshots.batch("AB-2", CENTRE_1, "2025-03", "MONTHLY", List.of("A-3"));
            assertThat(storage.archives().saveIfAbsent(first)).isEqualTo(first);
            assertThat(storage.archives().saveIfAbsent(second)).isEqualTo(first);
            assertThat(storage.archives().find(CENTRE_1, "2025-03", "MONTHLY")).contains(first);
            assertThat(storage.archives().find(CENTRE_1, "2025-04", "MONTHLY")).isEmpty();
            assertThat(storage.archives().findAll(CENTRE_1)).containsExactly(first);
        }

        @Test
        @DisplayName("R-4.8.4 company-level records are archived in the GMD's own batch, apart from the centres'")
        void gmdBatch() {
            ArchiveBatch centre = Snapshots.batch("AB-C", CENTRE_1, "2025-03", "MONTHLY", List.of("C-1"));
            ArchiveBatch gmd = Snapshots.batch("AB-G", GMD, "2025-03", "MONTHLY", List.of("G-1", "G-2"));
            storage.archives().saveIfAbsent(centre);
            storage.archives().saveIfAbsent(gmd);
            assertThat(storage.archives().findAll(GMD)).containsExactly(gmd);
            assertThat(storage.archives().find(GMD, "2025-03", "MONTHLY")).get()
                    .extracting(ArchiveBatch::caseIds).asInstanceOf(
                            org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                    .containsExactly("G-1", "G-2");
            assertThat(storage.archives().findAll(null)).containsExactlyInAnyOrder(centre, gmd);
        }

        @Test
        @DisplayName("findAll orders by period then kind; a batch keeps hundreds of case ids in order and a null manifest")
        void orderAndSize() {
            List<String> many = IntStream.range(0, 500).mapToObj(i -> String.format("CASE-%04d", 499 - i)).toList();
            ArchiveBatch q1 = Snapshots.batch("AB-q1", CENTRE_1, "2025-Q1", "QUARTERLY", many);
            ArchiveBatch mar = new ArchiveBatch("AB-mar", CENTRE_1, "2025-03", "MONTHLY", "S002", Snapshots.T0,
                    List.of(), null);
            ArchiveBatch jan = Snapshots.batch("AB-jan", CENTRE_1, "2025-01", "MONTHLY", List.of("X"));
            for (ArchiveBatch b : List.of(q1, mar, jan)) {
                storage.archives().saveIfAbsent(b);
            }
            assertThat(storage.archives().findAll(CENTRE_1)).containsExactly(jan, mar, q1);
            assertThat(storage.archives().find(CENTRE_1, "2025-Q1", "QUARTERLY")).contains(q1);
        }

        @Test
        @DisplayName("concurrent callers for one period all get the same batch")
        void racingArchivers() throws Exception {
            List<Outcome<ArchiveBatch>> outcomes = race(THREADS, i -> storage.archives().saveIfAbsent(
                    Snapshots.batch("AB-race-" + i, GMD, "2025-03", "MONTHLY", List.of("G-" + i))));
            assertThat(outcomes).allSatisfy(o -> assertThat(o.ok()).as("no call failed: %s", o.error()).isTrue());
            ArchiveBatch stored = storage.archives().find(GMD, "2025-03", "MONTHLY").orElseThrow();
            assertThat(outcomes).allSatisfy(o -> assertThat(o.value()).isEqualTo(stored));
            assertThat(storage.archives().findAll(GMD)).containsExactly(stored);
        }
    }

    @Nested
    @DisplayName("concurrency - updates through reload and retry are never lost")
    class NoLostUpdates {

        @Test
        @DisplayName("N threads x M updates: final version = N x M + 1, one audit entry per accepted update, every note kept")
        void noLostUpdates() throws Exception {
            int updatesPerThread = 10;
            CaseSnapshot v1 = intake(sample("NL-1"));
            AtomicInteger conflicts = new AtomicInteger();
            List<Outcome<Integer>> outcomes = race(THREADS, t -> {
                for (int m = 0; m < updatesPerThread; m++) {
                    while (true) {
                        CaseSnapshot current = cases().findById("NL-1").orElseThrow();
                        CaseSnapshot n = next(current, "t" + t + "-" + m);
                        try {
                            cases().save(n, current.version(), List.of(audit(n, "T" + t)));
                            break;
                        } catch (StaleVersionException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                }
                return updatesPerThread;
            });
            assertThat(outcomes).allSatisfy(o -> assertThat(o.ok()).as("thread failed: %s", o.error()).isTrue());
            int accepted = THREADS * updatesPerThread;
            CaseSnapshot last = cases().findById("NL-1").orElseThrow();
            assertThat(last.version()).as("final version after %d conflicts were retried", conflicts.get())
                    .isEqualTo(v1.version() + accepted);
            assertThat(cases().auditTrail("NL-1")).hasSize(1 + accepted)
                    .extracting(AuditEntry::version).isSorted().doesNotHaveDuplicates();
            assertThat(last.notes()).hasSize(accepted).extracting(n -> n.text()).doesNotHaveDuplicates();
            Map<String, Long> perThread = cases().auditTrail("NL-1").stream().skip(1)
                    .collect(Collectors.groupingBy(AuditEntry::command, Collectors.counting()));
            assertThat(perThread).hasSize(THREADS).allSatisfy((k, v) -> assertThat(v).isEqualTo(updatesPerThread));
        }
    }

    // ------------------------------------------------------------------ model-based property

    /**
     * Random sequences of intakes, updates, stale updates, lookups and paged queries agree with a
     * simple in-memory model, step by step.
     */
    @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
    @AddLifecycleHook(SkipWhenStorageUnavailable.class)
    @Label("the store agrees with a simple model over random sequences of saves, updates and queries")
    void storeAgreesWithModel(@ForAll("modelChains") ActionChain<StoreModel> chain) {
        StoreModel end = chain.withInvariant("store equals model", StoreModel::checkEverything).run();
        releaseStorage(end.storage());
    }

    @Provide
    Arbitrary<ActionChain<StoreModel>> modelChains() {
        return StoreModel.chains(this::createStorage);
    }

    // ------------------------------------------------------------------ helpers

    /** What one racing task did: its value, or the exception it threw. */
    record Outcome<T>(T value, Throwable error) {
        boolean ok() {
            return error == null;
        }
    }

    /** A task numbered {@code 0..n-1}. */
    @FunctionalInterface
    interface Task<T> {
        T run(int index) throws Exception;
    }

    /** Runs {@code n} tasks at once (released together by a barrier) and collects what each did. */
    static <T> List<Outcome<T>> race(int n, Task<T> task) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier start = new CyclicBarrier(n);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> c = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return task.run(index);
                };
                futures.add(pool.submit(c));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    outcomes.add(new Outcome<>(f.get(120, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                } catch (java.util.concurrent.TimeoutException e) {
                    outcomes.add(new Outcome<>(null, e));
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
