package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.ArchiveBatch;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.ComplaintQuery;
import dev.wuye.complaint.spi.ComplaintSnapshot;
import dev.wuye.complaint.spi.ComplaintStore;
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

    private ComplaintStore complaints() {
        return storage.complaints();
    }

    private ComplaintSnapshot intake(ComplaintSnapshot s) {
        complaints().save(s, 0, List.of(audit(s, "Receive")));
        return s;
    }

    private ComplaintSnapshot update(ComplaintSnapshot current, String note) {
        ComplaintSnapshot n = next(current, note);
        complaints().save(n, current.version(), List.of(audit(n, "AddNote")));
        return n;
    }

    private static List<String> ids(List<ComplaintSnapshot> snapshots) {
        return snapshots.stream().map(ComplaintSnapshot::id).toList();
    }

    @Nested
    @DisplayName("round trip - every component is read back as saved")
    class RoundTrip {

        @Test
        @DisplayName("a minimal snapshot keeps its nulls and empty lists")
        void minimalSnapshot() {
            ComplaintSnapshot s = intake(sample("RT-min"));
            assertThat(complaints().findById("RT-min")).contains(s);
            assertThat(complaints().findByIdempotencyKey("key-RT-min")).contains(s);
        }

        @Test
        @DisplayName("every component, with Chinese text, emoji and instants from several zones")
        void everyComponent() {
            ComplaintSnapshot s = intake(Snapshots.full("RT-全部-😀"));
            ComplaintSnapshot read = complaints().findById(s.id()).orElseThrow();
            assertThat(read).usingRecursiveComparison().isEqualTo(s);
            assertThat(read).isEqualTo(s);
            assertThat(complaints().findByIdempotencyKey(s.idempotencyKey())).contains(s);
        }

        @Test
        @DisplayName("the longest texts, ids and keys the SPI allows")
        void longestTexts() {
            ComplaintSnapshot s = intake(Snapshots.longest("RT-long-"));
            assertThat(s.id()).hasSize(ComplaintSnapshot.MAX_ID_LENGTH);
            assertThat(s.idempotencyKey()).hasSize(ComplaintSnapshot.MAX_KEY_LENGTH);
            assertThat(s.contentSummary()).hasSize(ComplaintSnapshot.MAX_SUMMARY_LENGTH);
            assertThat(s.onlineReplyText()).hasSize(ComplaintSnapshot.MAX_TEXT_LENGTH);
            assertThat(complaints().findById(s.id())).contains(s);
            assertThat(complaints().findByIdempotencyKey(s.idempotencyKey())).contains(s);
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
                ComplaintSnapshot s = sample(id).toBuilder()
                        .receivedAt(at).handedOverAt(at.plus(1, ChronoUnit.MICROS)).closedAt(at)
                        .lastModifiedAt(at).build();
                intake(s);
                ComplaintSnapshot read = complaints().findById(id).orElseThrow();
                assertThat(read.receivedAt()).as("receivedAt of %s in %s", wall, zone).isEqualTo(at);
                assertThat(read.handedOverAt()).isEqualTo(at.plus(1, ChronoUnit.MICROS));
                assertThat(read).isEqualTo(s);
            }
        }

        @Test
        @DisplayName("an update replaces the snapshot: lists may shrink, fields may become null")
        void updateReplacesEverything() {
            ComplaintSnapshot full = intake(Snapshots.full("RT-upd"));
            ComplaintSnapshot emptier = sample("RT-upd").toBuilder()
                    .idempotencyKey(full.idempotencyKey()).version(2).state("HANDLING").build();
            complaints().save(emptier, 1, List.of(audit(emptier, "Reset")));
            assertThat(complaints().findById("RT-upd")).contains(emptier);
        }

        @Test
        @DisplayName("a text longer than allowed is rejected with nothing written, or kept whole: never truncated")
        void neverTruncated() {
            ComplaintSnapshot tooLong = sample("RT-too-long").toBuilder()
                    .contentSummary(Snapshots.text(ComplaintSnapshot.MAX_SUMMARY_LENGTH + 1))
                    .onlineReplyText(Snapshots.text(ComplaintSnapshot.MAX_TEXT_LENGTH + 1)).build();
            boolean rejected;
            try {
                complaints().save(tooLong, 0, List.of(audit(tooLong, "Receive")));
                rejected = false;
            } catch (RuntimeException e) {
                rejected = true;
            }
            if (rejected) {
                assertThat(complaints().findById("RT-too-long")).isEmpty();
                assertThat(complaints().auditTrail("RT-too-long")).isEmpty();
            } else {
                assertThat(complaints().findById("RT-too-long")).contains(tooLong);
            }
        }

        @Test
        @DisplayName("unknown ids and keys find nothing")
        void unknown() {
            intake(sample("RT-known"));
            assertThat(complaints().findById("RT-unknown")).isEmpty();
            assertThat(complaints().findByIdempotencyKey("key-RT-unknown")).isEmpty();
            assertThat(complaints().auditTrail("RT-unknown")).isEmpty();
        }

        @Test
        @DisplayName("ids and keys are exact: case, trailing spaces and distinct emoji make distinct cases")
        void exactIds() {
            List<String> ids = List.of("RT-a", "RT-A", "RT-a ", "RT-😀", "RT-😁", "rt-a");
            for (String id : ids) {
                intake(sample(id).toBuilder().idempotencyKey("K" + id).contentSummary("summary of " + id).build());
            }
            for (String id : ids) {
                assertThat(complaints().findById(id)).get().extracting(ComplaintSnapshot::contentSummary)
                        .isEqualTo("summary of " + id);
                assertThat(complaints().findByIdempotencyKey("K" + id)).get().extracting(ComplaintSnapshot::id)
                        .isEqualTo(id);
            }
            assertThat(complaints().find(ComplaintQuery.all(), null, 100).items()).hasSize(ids.size());
        }
    }

    @Nested
    @DisplayName("optimistic concurrency - a save names the version it read")
    class OptimisticConcurrency {

        @Test
        @DisplayName("a save with the stored version succeeds and bumps the version")
        void currentVersionWins() {
            ComplaintSnapshot v1 = intake(sample("OC-1"));
            ComplaintSnapshot v2 = update(v1, "进展一");
            ComplaintSnapshot v3 = update(v2, "进展二");
            assertThat(complaints().findById("OC-1")).contains(v3);
            assertThat(complaints().auditTrail("OC-1")).extracting(AuditEntry::version).containsExactly(1L, 2L, 3L);
        }

        @Test
        @DisplayName("the second of two writers on one version gets StaleVersionException, and nothing of it is stored")
        void staleWriterLoses() {
            ComplaintSnapshot v1 = intake(sample("OC-2"));
            ComplaintSnapshot winner = next(v1, "winner");
            ComplaintSnapshot loser = next(v1, "loser").toBuilder().state("HANDLING").build();
            complaints().save(winner, 1, List.of(audit(winner, "Win")));
            assertThatThrownBy(() -> complaints().save(loser, 1, List.of(audit(loser, "Lose"), audit(loser, "Lose2"))))
                    .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                        assertThat(e.complaintId()).isEqualTo("OC-2");
                        assertThat(e.expectedVersion()).isEqualTo(1);
                        assertThat(e.actualVersion()).isIn(2L, -1L);
                    });
            assertThat(complaints().findById("OC-2")).contains(winner);
            assertThat(complaints().auditTrail("OC-2")).extracting(AuditEntry::command).containsExactly("Receive", "Win");
        }

        @Test
        @DisplayName("an expected version ahead of the stored one is stale")
        void versionAhead() {
            ComplaintSnapshot v1 = intake(sample("OC-3"));
            ComplaintSnapshot v6 = v1.toBuilder().version(6).build();
            assertThatThrownBy(() -> complaints().save(v6, 5, List.of(audit(v6, "Jump"))))
                    .isInstanceOf(StaleVersionException.class);
            assertThat(complaints().findById("OC-3")).contains(v1);
            assertThat(complaints().auditTrail("OC-3")).hasSize(1);
        }

        @Test
        @DisplayName("an update of a case that was never stored is stale and creates nothing")
        void updateOfUnknownCase() {
            ComplaintSnapshot ghost = sample("OC-ghost").toBuilder().version(2).build();
            assertThatThrownBy(() -> complaints().save(ghost, 1, List.of(audit(ghost, "Ghost"))))
                    .isInstanceOf(StaleVersionException.class);
            assertThat(complaints().findById("OC-ghost")).isEmpty();
            assertThat(complaints().findByIdempotencyKey("key-OC-ghost")).isEmpty();
            assertThat(complaints().auditTrail("OC-ghost")).isEmpty();
        }

        @Test
        @DisplayName("snapshot.version must be expectedVersion + 1; otherwise nothing is written")
        void versionMismatch() {
            ComplaintSnapshot v1 = intake(sample("OC-4"));
            ComplaintSnapshot same = next(v1, "x").toBuilder().version(1).build();
            ComplaintSnapshot skip = next(v1, "x").toBuilder().version(3).build();
            assertThatThrownBy(() -> complaints().save(same, 1, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> complaints().save(skip, 1, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            ComplaintSnapshot fresh = sample("OC-5").toBuilder().version(2).build();
            assertThatThrownBy(() -> complaints().save(fresh, 0, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> complaints().save(v1, -1, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            ComplaintSnapshot v0 = sample("OC-5").toBuilder().version(0).build();
            assertThatThrownBy(() -> complaints().save(v0, -1, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(complaints().findById("OC-4")).contains(v1);
            assertThat(complaints().findById("OC-5")).isEmpty();
            assertThat(complaints().auditTrail("OC-4")).hasSize(1);
        }

        @Test
        @DisplayName("audit entries of another case or version are rejected; nothing is written")
        void foreignAuditEntries() {
            ComplaintSnapshot v1 = intake(sample("OC-6"));
            ComplaintSnapshot v2 = next(v1, "x");
            AuditEntry otherCase = audit(sample("OC-other").toBuilder().version(2).build(), "Other");
            AuditEntry otherVersion = audit(v1, "Old");
            assertThatThrownBy(() -> complaints().save(v2, 1, List.of(audit(v2, "Ok"), otherCase)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> complaints().save(v2, 1, List.of(otherVersion)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(complaints().findById("OC-6")).contains(v1);
            assertThat(complaints().auditTrail("OC-6")).extracting(AuditEntry::command).containsExactly("Receive");
        }

        @Test
        @DisplayName("an update cannot change the idempotency key")
        void keyIsFixed() {
            ComplaintSnapshot v1 = intake(sample("OC-7"));
            ComplaintSnapshot rekeyed = next(v1, "x").toBuilder().idempotencyKey("another-key").build();
            assertThatThrownBy(() -> complaints().save(rekeyed, 1, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(complaints().findById("OC-7")).contains(v1);
            assertThat(complaints().findByIdempotencyKey("another-key")).isEmpty();
        }

        @Test
        @DisplayName("two writers racing on one version: exactly one wins, the loser's snapshot and audit entries are not stored")
        void racingWriters() throws Exception {
            for (int round = 0; round < 10; round++) {
                String id = "OC-race-" + round;
                ComplaintSnapshot v1 = intake(sample(id));
                List<ComplaintSnapshot> candidates = List.of(next(v1, "writer A"), next(v1, "writer B"));
                List<Outcome<ComplaintSnapshot>> outcomes = race(2, i -> {
                    ComplaintSnapshot mine = candidates.get(i);
                    complaints().save(mine, 1, List.of(audit(mine, "Writer" + i)));
                    return mine;
                });
                List<ComplaintSnapshot> winners = outcomes.stream().filter(Outcome::ok).map(Outcome::value).toList();
                assertThat(winners).as("winners of round %d", round).hasSize(1);
                assertThat(outcomes).filteredOn(o -> !o.ok()).singleElement()
                        .satisfies(o -> assertThat(o.error()).isInstanceOf(StaleVersionException.class));
                int w = candidates.indexOf(winners.get(0));
                assertThat(complaints().findById(id)).contains(winners.get(0));
                assertThat(complaints().auditTrail(id)).extracting(AuditEntry::command)
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
            ComplaintSnapshot first = intake(sample("II-1"));
            ComplaintSnapshot again = sample("II-2").toBuilder().idempotencyKey("key-II-1").build();
            assertThatThrownBy(() -> complaints().save(again, 0, List.of(audit(again, "Receive"))))
                    .isInstanceOfSatisfying(DuplicateIntakeException.class,
                            e -> assertThat(e.idempotencyKey()).isEqualTo("key-II-1"));
            assertThat(complaints().findByIdempotencyKey("key-II-1")).contains(first);
            assertThat(complaints().findById("II-2")).isEmpty();
            assertThat(complaints().auditTrail("II-2")).isEmpty();
            assertThat(complaints().find(ComplaintQuery.all(), null, 10).items()).containsExactly(first);
        }

        @Test
        @DisplayName("a new case with a taken id is a duplicate; the stored case is untouched")
        void sameIdTwice() {
            ComplaintSnapshot first = intake(sample("II-3"));
            ComplaintSnapshot clash = sample("II-3").toBuilder().idempotencyKey("other-key").contentSummary("x").build();
            assertThatThrownBy(() -> complaints().save(clash, 0, List.of(audit(clash, "Receive"))))
                    .isInstanceOf(DuplicateIntakeException.class);
            assertThat(complaints().findById("II-3")).contains(first);
            assertThat(complaints().findByIdempotencyKey("other-key")).isEmpty();
            assertThat(complaints().auditTrail("II-3")).hasSize(1);
        }

        @Test
        @DisplayName("concurrent intakes of one key make exactly one case")
        void racingIntakes() throws Exception {
            for (int round = 0; round < 5; round++) {
                String key = "racing-key-" + round;
                int r = round;
                List<Outcome<ComplaintSnapshot>> outcomes = race(THREADS, i -> {
                    ComplaintSnapshot s = sample("II-race-" + r + "-" + i).toBuilder().idempotencyKey(key).build();
                    complaints().save(s, 0, List.of(audit(s, "Receive")));
                    return s;
                });
                List<ComplaintSnapshot> created = outcomes.stream().filter(Outcome::ok).map(Outcome::value).toList();
                assertThat(created).as("cases created in round %d", round).hasSize(1);
                assertThat(outcomes).filteredOn(o -> !o.ok())
                        .allSatisfy(o -> assertThat(o.error()).isInstanceOf(DuplicateIntakeException.class));
                assertThat(complaints().findByIdempotencyKey(key)).contains(created.get(0));
                for (int i = 0; i < THREADS; i++) {
                    String id = "II-race-" + r + "-" + i;
                    assertThat(complaints().auditTrail(id)).hasSize(id.equals(created.get(0).id()) ? 1 : 0);
                }
            }
            assertThat(complaints().find(ComplaintQuery.all(), null, 100).items()).hasSize(5);
        }
    }

    @Nested
    @DisplayName("audit trail - append-only, ordered, in the same unit of work as the snapshot")
    class AuditTrail {

        @Test
        @DisplayName("entries come back equal, ordered by version then insertion")
        void orderedAndEqual() {
            ComplaintSnapshot v1 = sample("AT-1");
            AuditEntry receive = audit(v1, "Receive");
            complaints().save(v1, 0, List.of(receive));
            ComplaintSnapshot v2 = next(v1, "a");
            AuditEntry b = audit(v2, "B-Classify");
            AuditEntry a = audit(v2, "A-Assign");
            complaints().save(v2, 1, List.of(b, a));
            ComplaintSnapshot v3 = next(v2, "b");
            complaints().save(v3, 2, List.of());
            ComplaintSnapshot v4 = next(v3, "c");
            AuditEntry withNulls = new AuditEntry("AT-1", 4, v4.lastModifiedAt(), "S9", "HEAD", null, "Close",
                    null, "CLOSED", null);
            complaints().save(v4, 3, List.of(withNulls));
            assertThat(complaints().auditTrail("AT-1")).containsExactly(receive, b, a, withNulls);
        }

        @Test
        @DisplayName("an entry keeps the longest detail and roles, Chinese and emoji, and microseconds")
        void longestEntry() {
            ComplaintSnapshot v1 = sample("AT-long");
            AuditEntry longest = new AuditEntry("AT-long", 1, Snapshots.T0.plus(7, ChronoUnit.MICROS),
                    Snapshots.text(ComplaintSnapshot.MAX_ID_LENGTH), Snapshots.text(ComplaintSnapshot.MAX_TEXT_LENGTH),
                    Snapshots.text(ComplaintSnapshot.MAX_ID_LENGTH), Snapshots.text(ComplaintSnapshot.MAX_ID_LENGTH),
                    null, Snapshots.text(ComplaintSnapshot.MAX_ID_LENGTH), Snapshots.text(ComplaintSnapshot.MAX_TEXT_LENGTH));
            complaints().save(v1, 0, List.of(longest));
            assertThat(complaints().auditTrail("AT-long")).containsExactly(longest);
        }

        @Test
        @DisplayName("the trails of two cases never mix, and earlier entries never change")
        void separateAndAppendOnly() {
            ComplaintSnapshot x = intake(sample("AT-x"));
            ComplaintSnapshot y = intake(sample("AT-y"));
            List<AuditEntry> before = complaints().auditTrail("AT-x");
            update(x, "x1");
            update(y, "y1");
            List<AuditEntry> after = complaints().auditTrail("AT-x");
            assertThat(after).startsWith(before.toArray(AuditEntry[]::new)).hasSize(2)
                    .allSatisfy(e -> assertThat(e.complaintId()).isEqualTo("AT-x"));
            assertThat(complaints().auditTrail("AT-y")).hasSize(2)
                    .allSatisfy(e -> assertThat(e.complaintId()).isEqualTo("AT-y"));
        }
    }

    @Nested
    @DisplayName("paged queries - every criterion, every match exactly once")
    class PagedQueries {

        private final List<ComplaintSnapshot> all = new ArrayList<>();

        @BeforeEach
        void thirtyCases() {
            String[] departments = {CENTRE_1, CENTRE_2, GMD};
            Instant closedBase = Instant.parse("2025-02-01T00:00:00.000001Z");
            for (int i = 0; i < 30; i++) {
                String id = String.format("PQ-%02d", (i * 7) % 30);
                ComplaintSnapshot s = sample(id, departments[i % 3], LocalDate.of(2025, 1, 1).plusDays(i * 5L));
                if (i % 4 == 0) {
                    s = s.toBuilder().closedAt(closedBase.plus(i * 3L, ChronoUnit.DAYS)).build();
                }
                all.add(intake(s));
            }
        }

        private List<ComplaintSnapshot> expected(ComplaintQuery q) {
            return all.stream().filter(q::matches).sorted(Comparator.comparing(ComplaintSnapshot::id)).toList();
        }

        private List<ComplaintSnapshot> pageThrough(ComplaintQuery q, int limit) {
            List<ComplaintSnapshot> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                Page<ComplaintSnapshot> page = complaints().find(q, cursor, limit);
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

        static Stream<ComplaintQuery> queries() {
            LocalDate feb = LocalDate.of(2025, 2, 1);
            LocalDate apr = LocalDate.of(2025, 4, 1);
            Instant mar = Instant.parse("2025-03-01T00:00:00Z");
            return Stream.of(
                    ComplaintQuery.all(),
                    ComplaintQuery.open(),
                    new ComplaintQuery(CENTRE_1, null, null, null, false),
                    new ComplaintQuery(GMD, null, null, null, true),
                    new ComplaintQuery(null, feb, null, null, false),
                    new ComplaintQuery(null, null, apr, null, false),
                    new ComplaintQuery(null, feb, apr, null, false),
                    new ComplaintQuery(null, null, null, mar, false),
                    new ComplaintQuery(CENTRE_2, feb, apr, mar, false),
                    new ComplaintQuery(CENTRE_1, feb, apr, mar, true),
                    new ComplaintQuery("nobody", null, null, null, false));
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
            List<String> found = ids(pageThrough(new ComplaintQuery(null, null, null, null, false), 4));
            assertThat(found).isSorted().hasSize(36);
        }

        @Test
        @DisplayName("closing a case takes it out of the open cases")
        void closingLeavesOpen() {
            ComplaintSnapshot open = all.stream().filter(ComplaintSnapshot::isOpen).findFirst().orElseThrow();
            ComplaintSnapshot closed = next(open, "closed").toBuilder().closedAt(Snapshots.T0).build();
            complaints().save(closed, open.version(), List.of(audit(closed, "Close")));
            assertThat(ids(pageThrough(ComplaintQuery.open(), 5))).doesNotContain(open.id())
                    .hasSize((int) all.stream().filter(ComplaintSnapshot::isOpen).count() - 1);
        }

        @Test
        @DisplayName("a limit below one is rejected")
        void badLimit() {
            assertThatThrownBy(() -> complaints().find(ComplaintQuery.all(), null, 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("stream yields the same cases as paging, in order")
        void streamEqualsPaging() {
            queries().forEach(q -> {
                try (Stream<ComplaintSnapshot> s = complaints().stream(q, 4)) {
                    assertThat(s.toList()).as("%s", q).containsExactlyElementsOf(expected(q));
                }
            });
        }

        @Test
        @DisplayName("stream is lazy: nothing is fetched before it is consumed, and limit stops early")
        void streamIsLazy() {
            Stream<ComplaintSnapshot> stream = complaints().stream(ComplaintQuery.all(), 2);
            ComplaintSnapshot early = intake(sample("PQ-!first"));
            List<ComplaintSnapshot> firstThree = stream.limit(3).toList();
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
                    Snapshots.text(ComplaintSnapshot.MAX_TEXT_LENGTH), List.of(), null);
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
                    Snapshots.text(ComplaintSnapshot.MAX_TEXT_LENGTH));
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
                    Snapshots.text(ComplaintSnapshot.MAX_TEXT_LENGTH), "S020", Snapshots.T0);
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
                    .extracting(ArchiveBatch::complaintIds).asInstanceOf(
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
            ComplaintSnapshot v1 = intake(sample("NL-1"));
            AtomicInteger conflicts = new AtomicInteger();
            List<Outcome<Integer>> outcomes = race(THREADS, t -> {
                for (int m = 0; m < updatesPerThread; m++) {
                    while (true) {
                        ComplaintSnapshot current = complaints().findById("NL-1").orElseThrow();
                        ComplaintSnapshot n = next(current, "t" + t + "-" + m);
                        try {
                            complaints().save(n, current.version(), List.of(audit(n, "T" + t)));
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
            ComplaintSnapshot last = complaints().findById("NL-1").orElseThrow();
            assertThat(last.version()).as("final version after %d conflicts were retried", conflicts.get())
                    .isEqualTo(v1.version() + accepted);
            assertThat(complaints().auditTrail("NL-1")).hasSize(1 + accepted)
                    .extracting(AuditEntry::version).isSorted().doesNotHaveDuplicates();
            assertThat(last.notes()).hasSize(accepted).extracting(n -> n.text()).doesNotHaveDuplicates();
            Map<String, Long> perThread = complaints().auditTrail("NL-1").stream().skip(1)
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
