package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.NoteEntry;
import dev.wuye.complaint.spi.StatisticsRead;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.wuye.complaint.tck.Snapshots.CENTRE_1;
import static dev.wuye.complaint.tck.Snapshots.CENTRE_2;
import static dev.wuye.complaint.tck.Snapshots.GMD;
import static dev.wuye.complaint.tck.Snapshots.audit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statistics read ({@code CaseStore#streamForStatistics}): on random cases of the shapes the core writes
 * (several handling cycles, follow-ups with every kind of answer, online replies, long Chinese texts and
 * emoji, open and closed, over four months), it returns exactly the cases {@code streamUnordered} returns,
 * each equal to {@link StatisticsRead#of} of the case as saved — the monthly analysis tables, which read only
 * the components {@link StatisticsRead#of} keeps, are therefore the same from either read (the core's tests
 * compute both tables); no personal data or text leaves the store; and a statistics snapshot handed to
 * {@code save} is refused, whatever version it is given, leaving the case as it was.
 */
public interface StatisticsReadContract extends StorageContract {

    /** The first acceptance date of the random cases; they span four months from here. */
    LocalDate FIRST_DAY = LocalDate.of(2025, 2, 1);

    /**
     * A random case of a shape the core writes (version 1).
     *
     * @param r  the source of randomness
     * @param id the case id; the key is {@code "stat-" + id}
     * @return the snapshot
     */
    static CaseSnapshot randomCase(Random r, String id) {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDate accepted = FIRST_DAY.plusDays(r.nextInt(120));
        Instant received = accepted.atTime(8 + r.nextInt(10), r.nextInt(60), 0, r.nextInt(1_000_000) * 1_000)
                .atZone(shanghai).toInstant();
        String type = pick(r, "COMPLAINT", "COMPLAINT", "SUGGESTION", "INQUIRY", "PRAISE", null);
        String followUp = pick(r, "PHONE", "ONLINE", "NONE", "LETTER", "HOME_VISIT");
        String department = pick(r, CENTRE_1, CENTRE_2, GMD, "服务中心🏢3");
        List<HandlingCycle> cycles = new ArrayList<>();
        List<FollowUpEntry> followUps = new ArrayList<>();
        Instant day = received;
        int n = r.nextInt(4);
        for (int i = 1; i <= n; i++) {
            Instant assigned = day.plus(r.nextInt(72), ChronoUnit.HOURS);
            Instant completed = r.nextInt(4) == 0 ? null : assigned.plus(r.nextInt(300), ChronoUnit.HOURS);
            String investigation = r.nextInt(4) == 0 ? "业主说\"不满意\"，见 C:\\照片\t{[" + i + "]}"
                    : Snapshots.text(r.nextInt(300));
            cycles.add(new HandlingCycle(i, List.of("S1" + i, "S2" + i), "H1", assigned, investigation,
                    answer(r), "分析 " + i, r.nextBoolean() ? null : "同类问题 🏢", Snapshots.text(r.nextInt(200)),
                    "S1" + i, r.nextBoolean() ? null : assigned.plusSeconds(3_600), "H1",
                    r.nextBoolean() ? null : assigned.plusSeconds(7_200), r.nextBoolean() ? null : "已处理 ✅", "H1",
                    completed));
            if (completed == null) {
                break;
            }
            day = completed.plus(r.nextInt(96), ChronoUnit.HOURS);
            if (r.nextBoolean()) {
                followUps.add(new FollowUpEntry(i, day, "R1", "NONE".equals(followUp) ? "RECURRENCE_CHECK" : followUp,
                        answer(r), answer(r), answer(r), r.nextBoolean() ? null : "\"回访\" \\ " + Snapshots.text(r.nextInt(120))));
            }
        }
        boolean closed = r.nextInt(3) > 0;
        boolean onlineReply = "ONLINE".equals(followUp) && !followUps.isEmpty();
        return CaseSnapshot.builder()
                .id(id)
                .version(1)
                .idempotencyKey("stat-" + id)
                .recordNumber(r.nextBoolean() ? null : "TS-" + id)
                .state(closed ? "CLOSED" : pick(r, "RECEIVED", "HANDLING", "FOLLOW_UP_AWAITING"))
                .type(type)
                .validity("COMPLAINT".equals(type) ? pick(r, "VALID", "VALID", "INVALID") : null)
                .validityGround(r.nextBoolean() ? null : "R-4.2.2a 服务未达标")
                .category(r.nextInt(8) == 0 ? null : pick(r, "REPAIRS_FACILITIES", "SECURITY", "PARKING_VEHICLES", "OTHER"))
                .major(r.nextInt(10) == 0)
                .secondaryComplaint(r.nextInt(10) == 0)
                .correctiveAction(r.nextInt(10) == 0)
                .channel(pick(r, "PHONE", "WEB", "ONLINE_FORUM", "WALK_IN", "CUSTOMER_VISIT"))
                .visitId(r.nextBoolean() ? null : "V-" + id)
                .customer(new CustomerData("张三丰 🐉", "13812345678", Snapshots.text(r.nextInt(80))))
                .contentSummary(Snapshots.text(1 + r.nextInt(600)))
                .recordedBy("S001")
                .receiverId(r.nextBoolean() ? null : "S002")
                .department(department)
                .acceptingLevel(GMD.equals(department) || r.nextInt(5) == 0 ? "COMPANY" : "SERVICE_CENTRE")
                .receivedAt(received)
                .acceptanceDate(accepted)
                .dutyRegistration(r.nextInt(6) == 0)
                .handedOverAt(r.nextBoolean() ? null : received.plusSeconds(600))
                .agreedReplyBy(r.nextBoolean() ? null : received.plus(3, ChronoUnit.DAYS))
                .agreedReplyMethod(r.nextBoolean() ? null : "电话回复")
                .followUpChannel(followUp)
                .escalationLevel(pick(r, "HANDLER", "HANDLER", "DEPARTMENT_HEAD", "GMD", "GENERAL_MANAGER"))
                .coHandlingDepartments(r.nextBoolean() ? List.of() : List.of(CENTRE_2))
                .cycles(cycles)
                .notes(List.of(new NoteEntry(received, "S101", "PROGRESS", Snapshots.text(r.nextInt(400)))))
                .followUps(followUps)
                .onlineReplyText(onlineReply ? "尊敬的业主：已处理。🙏" : null)
                .onlineReplyApprovedBy(onlineReply ? "H1" : null)
                .onlineReplyPostedAt(onlineReply ? day : null)
                .closure(closed && r.nextBoolean() ? "ANSWERED" : null)
                .closedAt(closed ? day.plus(r.nextInt(72), ChronoUnit.HOURS) : null)
                .lastModifiedAt(day)
                .nextDueAt(closed ? null : r.nextBoolean() ? CaseSnapshot.NOT_DUE : day.plus(1, ChronoUnit.DAYS))
                .build();
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    private static Boolean answer(Random r) {
        int x = r.nextInt(3);
        return x == 0 ? null : x == 1;
    }

    /**
     * Stores {@code n} random cases of one seed, a third of them saved in a second version too.
     *
     * @param seed the seed
     * @param n    how many
     * @return the cases as last saved, by id
     */
    private Map<String, CaseSnapshot> storeRandomCases(long seed, int n) {
        Random r = new Random(seed);
        Map<String, CaseSnapshot> saved = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            CaseSnapshot s = intake(randomCase(r, String.format("ST-%d-%03d", seed, i)));
            if (i % 3 == 0) {
                s = update(s, "第二版 " + i);
            }
            saved.put(s.id(), s);
        }
        return saved;
    }

    /** The period queries the monthly tables use, and the wider ones a store must answer the same way. */
    private static Stream<CaseQuery> queries() {
        Instant feb = LocalDate.of(2025, 2, 24).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        Instant mar = LocalDate.of(2025, 3, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        return Stream.of(
                CaseQuery.all(),
                new CaseQuery(null, null, LocalDate.of(2025, 4, 1), feb, false),
                new CaseQuery(CENTRE_1, null, LocalDate.of(2025, 4, 1), feb, false),
                new CaseQuery(null, null, LocalDate.of(2025, 5, 1), mar, false),
                new CaseQuery(GMD, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1), null, true),
                new CaseQuery("nobody", null, null, null, false));
    }

    @Test
    @DisplayName("R-4.6.1 the statistics read returns the period's cases, each the statistics shape of the case as saved")
    default void statisticsReadEqualsTheProjectionOfTheSavedCases() {
        Map<String, CaseSnapshot> saved = new TreeMap<>();
        for (long seed = 1; seed <= 3; seed++) {
            saved.putAll(storeRandomCases(seed, 40));
        }
        queries().forEach(q -> {
            // Expected from what was saved and CaseQuery#matches, not from the store.
            Map<String, CaseSnapshot> expected = saved.values().stream().filter(q::matches)
                    .collect(Collectors.toMap(CaseSnapshot::id, StatisticsRead::of, (a, b) -> a, TreeMap::new));
            for (int pageSize : new int[] {1, 7, 500}) {
                List<CaseSnapshot> read;
                try (Stream<CaseSnapshot> s = cases().streamForStatistics(q, pageSize)) {
                    read = s.toList();
                }
                Map<String, CaseSnapshot> byId = new TreeMap<>();
                read.forEach(s -> byId.put(s.id(), s));
                assertThat(read).as("each case once, %s, page %d", q, pageSize).hasSize(byId.size());
                assertThat(byId).as("%s, page %d", q, pageSize).isEqualTo(expected);
            }
            List<String> unordered;
            try (Stream<CaseSnapshot> s = cases().streamUnordered(q, 500)) {
                unordered = s.map(CaseSnapshot::id).sorted().toList();
            }
            assertThat(unordered).as("the same cases as streamUnordered, %s", q).isEqualTo(List.copyOf(expected.keySet()));
        });
        assertThat(saved.values()).as("the random cases reach every kind of list the statistics read decodes")
                .anyMatch(s -> s.cycles().size() >= 2)
                .anyMatch(s -> s.followUps().stream().anyMatch(f -> f.timely() == null))
                .anyMatch(s -> s.onlineReplyPostedAt() != null);
    }

    @Test
    @DisplayName("a statistics snapshot holds no personal data or text, and carries the mark")
    default void statisticsSnapshotsHoldNoTexts() {
        intake(Snapshots.full("ST-FULL"));
        CaseSnapshot s;
        try (Stream<CaseSnapshot> read = cases().streamForStatistics(CaseQuery.all(), 10)) {
            s = read.findFirst().orElseThrow();
        }
        assertThat(StatisticsRead.isStatisticsSnapshot(s)).isTrue();
        assertThat(s.version()).isZero();
        assertThat(s.customer()).isEqualTo(new CustomerData("", "", ""));
        assertThat(s.contentSummary()).isEmpty();
        assertThat(s.notes()).isEmpty();
        assertThat(s.onlineReplyText()).isNull();
        assertThat(s.cycles()).extracting(HandlingCycle::investigation, HandlingCycle::solution, HandlingCycle::result)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(null, null, null));
        assertThat(s.followUps()).extracting(FollowUpEntry::remarks).containsOnlyNulls();
        // What the statistics count is there: Snapshots.full has two cycles, the first completed, two follow-ups.
        assertThat(s.cycles()).extracting(HandlingCycle::number).containsExactly(1, 2);
        assertThat(s.cycles().get(0).completedAt()).isNotNull();
        assertThat(s.followUps()).extracting(FollowUpEntry::method).containsExactly("HOME_VISIT", "PHONE");
        assertThatThrownBy(() -> cases().streamForStatistics(CaseQuery.all(), 0).count())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a statistics snapshot handed to save is refused, as a new case or as any next version")
    default void statisticsSnapshotsAreNeverSaved() {
        CaseSnapshot stored = update(intake(Snapshots.full("ST-SAVE")), "第二版");
        CaseSnapshot s;
        try (Stream<CaseSnapshot> read = cases().streamForStatistics(CaseQuery.all(), 10)) {
            s = read.findFirst().orElseThrow();
        }
        CaseSnapshot statistics = s;
        assertThatThrownBy(() -> cases().save(statistics, stored.version(), List.of()))
                .as("as read (version 0)").isInstanceOf(IllegalArgumentException.class);
        CaseSnapshot bumped = statistics.toBuilder().version(stored.version() + 1).build();
        assertThatThrownBy(() -> cases().save(bumped, stored.version(), List.of(audit(bumped, "AddNote"))))
                .as("given the next version").isInstanceOf(IllegalArgumentException.class);
        CaseSnapshot asNew = statistics.toBuilder().id("ST-NEW").version(1).build();
        assertThatThrownBy(() -> cases().save(asNew, 0, List.of(audit(asNew, "Receive"))))
                .as("as a new case").isInstanceOf(IllegalArgumentException.class);
        assertThat(cases().findById("ST-SAVE")).hasValue(stored);
        assertThat(cases().findById("ST-NEW")).isEmpty();
        assertThat(cases().auditTrail("ST-SAVE")).hasSize(2);
    }
}
