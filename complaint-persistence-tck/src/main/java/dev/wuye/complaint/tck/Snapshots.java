package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.ArchiveBatch;
import dev.wuye.complaint.spi.AuditEntry;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.NoteEntry;
import dev.wuye.complaint.spi.ReportSubmission;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.VisitRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static dev.wuye.complaint.spi.CaseSnapshot.MAX_ID_LENGTH;
import static dev.wuye.complaint.spi.CaseSnapshot.MAX_KEY_LENGTH;
import static dev.wuye.complaint.spi.CaseSnapshot.MAX_SUMMARY_LENGTH;
import static dev.wuye.complaint.spi.CaseSnapshot.MAX_TEXT_LENGTH;

/**
 * Test data for the persistence SPI: snapshots, audit entries and log records with realistic values
 * (Chinese text, emoji, microsecond instants). Every method is deterministic, so a test that fails
 * fails the same way again. Instants are at microsecond precision, the precision stores must keep.
 */
public final class Snapshots {

    /** The department id of the general management department (综合管理部), R-3.2, R-4.8.4. */
    public static final String GMD = "GMD";
    /** A service centre id. */
    public static final String CENTRE_1 = "C01";
    /** Another service centre id. */
    public static final String CENTRE_2 = "C02";
    /** A fixed instant with microseconds: 2025-03-14 10:03:04.123456 in Shanghai. */
    public static final Instant T0 = Instant.parse("2025-03-14T02:03:04.123456Z");

    private Snapshots() {
    }

    /**
     * The smallest valid intake snapshot (version 1): every nullable component {@code null}, every
     * list empty.
     *
     * @param id the case id; the idempotency key is {@code "key-" + id}
     * @return the snapshot
     */
    public static CaseSnapshot sample(String id) {
        return sample(id, CENTRE_1, LocalDate.of(2025, 3, 14));
    }

    /**
     * A minimal intake snapshot (version 1) of a department, accepted on a date.
     *
     * @param id             the case id; the idempotency key is {@code "key-" + id}
     * @param department     the handling department
     * @param acceptanceDate the acceptance date; received at 09:30 Shanghai time that day
     * @return the snapshot
     */
    public static CaseSnapshot sample(String id, String department, LocalDate acceptanceDate) {
        Instant received = acceptanceDate.atTime(9, 30, 0, 250_000_000).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        return CaseSnapshot.builder()
                .id(id)
                .version(1)
                .idempotencyKey("key-" + id)
                .state("RECEIVED")
                .channel("PHONE")
                .customer(new CustomerData(null, null, null))
                .contentSummary("电梯异响")
                .recordedBy("S001")
                .department(department)
                .acceptingLevel(GMD.equals(department) ? "COMPANY" : "SERVICE_CENTRE")
                .receivedAt(received)
                .acceptanceDate(acceptanceDate)
                .followUpChannel("PHONE")
                .escalationLevel("HANDLER")
                .lastModifiedAt(received)
                .build();
    }

    /**
     * A snapshot with every component set to a non-default value: Chinese text and emoji, two
     * handling cycles, notes, follow-ups with each kind of nullable answer, instants created in several
     * zones with microseconds.
     *
     * @param id the case id; the idempotency key is {@code "幂等-" + id + "-🔑"}
     * @return the snapshot (version 1)
     */
    public static CaseSnapshot full(String id) {
        Instant received = inZone(LocalDateTime.of(2025, 3, 14, 23, 59, 59, 999_999_000), "Asia/Shanghai");
        Instant assigned = inZone(LocalDateTime.of(2025, 3, 15, 8, 0, 0, 1_000), "Europe/Berlin");
        Instant proposed = inZone(LocalDateTime.of(2025, 3, 9, 2, 30, 0, 654_321_000), "America/New_York");
        Instant approved = inZone(LocalDateTime.of(2025, 11, 2, 1, 30, 0, 500_000), "America/New_York");
        Instant completed = inZone(LocalDateTime.of(2025, 3, 30, 2, 30, 0, 123_000), "Europe/Berlin");
        HandlingCycle first = new HandlingCycle(1, List.of("S101", "S102"), "S010", assigned,
                "现场查看：3号楼电梯钢丝绳磨损 🛗", true, "维保不到位", "同类不同岗：5号楼同样问题",
                "更换钢丝绳并加强巡检", "S101", proposed, "S010", approved, "已更换，运行正常 ✅", "S010", completed);
        HandlingCycle second = new HandlingCycle(2, List.of("S103"), "S010", completed.plus(1, ChronoUnit.DAYS),
                null, null, null, null, null, null, null, null, null, null, null, null);
        return CaseSnapshot.builder()
                .id(id)
                .version(1)
                .idempotencyKey("幂等-" + id + "-🔑")
                .recordNumber("TS-2025-0314-001")
                .state("FOLLOW_UP_AWAITING")
                .type("COMPLAINT")
                .validity("VALID")
                .validityGround("R-4.2.2a 服务未达标")
                .category("REPAIRS")
                .major(true)
                .secondaryComplaint(true)
                .correctiveAction(true)
                .channel("ONLINE_FORUM")
                .visitId("V-2025-03-001")
                .customer(new CustomerData("张三丰 🐉", "13812345678", "翠苑小区3栋2单元1201室"))
                .contentSummary("电梯经常异响，业主担心安全 😟；已多次反映。")
                .recordedBy("S001")
                .receiverId("S002")
                .department(CENTRE_1)
                .acceptingLevel("SERVICE_CENTRE")
                .receivedAt(received)
                .acceptanceDate(LocalDate.of(2025, 3, 14))
                .dutyRegistration(true)
                .handedOverAt(inZone(LocalDateTime.of(2025, 3, 15, 8, 30, 0, 7_000), "Asia/Shanghai"))
                .agreedReplyBy(inZone(LocalDateTime.of(2025, 3, 17, 17, 0), "Asia/Shanghai"))
                .agreedReplyMethod("电话回复")
                .followUpChannel("HOME_VISIT")
                .escalationLevel("DEPARTMENT_HEAD")
                .coHandlingDepartments(List.of("C02", GMD))
                .cycles(List.of(first, second))
                .notes(List.of(
                        new NoteEntry(assigned, "S101", "PROGRESS", "已联系维保单位 🔧"),
                        new NoteEntry(proposed, "S002", "CUSTOMER_UPDATE", "已告知业主进展"),
                        new NoteEntry(approved, "S201", "DUTY_HANDLING", "值班处理：临时停梯")))
                .followUps(List.of(
                        new FollowUpEntry(1, completed.plus(2, ChronoUnit.DAYS), "S002", "HOME_VISIT",
                                true, false, true, "业主仍不满意 😠"),
                        new FollowUpEntry(1, completed.plus(3, ChronoUnit.DAYS), "S002", "PHONE",
                                null, null, null, null)))
                .onlineReplyText("尊敬的业主：电梯已完成维修。🙏")
                .onlineReplyApprovedBy("S010")
                .onlineReplyPostedAt(inZone(LocalDateTime.of(2025, 3, 31, 12, 0, 0, 999_999_000), "UTC"))
                .invalidConfirmedBy("S011")
                .closure("已转达表扬")
                .closedAt(inZone(LocalDateTime.of(2038, 1, 19, 11, 14, 8, 1_000), "Asia/Shanghai"))
                .archiveBatchId("AB-C01-2025-03")
                .archivedAt(inZone(LocalDateTime.of(2040, 1, 1, 0, 0, 0, 1_000), "Pacific/Kiritimati"))
                .lastModifiedAt(inZone(LocalDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000), "America/Los_Angeles"))
                .nextDueAt(inZone(LocalDateTime.of(2000, 1, 3, 0, 0, 0, 1_000), "Asia/Shanghai"))
                .build();
    }

    /**
     * A snapshot whose texts are each as long as {@link CaseSnapshot} allows, mixing Chinese and
     * supplementary characters (emoji count as two {@code char}s); its id is {@code idPrefix} padded
     * to {@link CaseSnapshot#MAX_ID_LENGTH}.
     *
     * @param idPrefix the start of the id, shorter than the maximum
     * @return the snapshot (version 1)
     */
    public static CaseSnapshot longest(String idPrefix) {
        String id = pad(idPrefix, MAX_ID_LENGTH);
        String longText = text(MAX_TEXT_LENGTH);
        String code = pad("S", MAX_ID_LENGTH);
        HandlingCycle cycle = new HandlingCycle(1, List.of(code), code, T0, longText, false, longText, longText,
                longText, code, T0, code, T0, longText, code, T0);
        return full(idPrefix).toBuilder()
                .id(id)
                .idempotencyKey(text(MAX_KEY_LENGTH))
                .recordNumber(pad("R", MAX_ID_LENGTH))
                .validityGround(longText)
                .customer(new CustomerData(longText, pad("1", MAX_ID_LENGTH), longText))
                .contentSummary(text(MAX_SUMMARY_LENGTH))
                .recordedBy(code)
                .receiverId(code)
                .department(pad("D", MAX_ID_LENGTH))
                .agreedReplyMethod(longText)
                .coHandlingDepartments(List.of(pad("E", MAX_ID_LENGTH)))
                .cycles(List.of(cycle))
                .notes(List.of(new NoteEntry(T0, code, "PROGRESS", longText),
                        new NoteEntry(T0, code, "CUSTOMER_UPDATE", longText)))
                .followUps(List.of(new FollowUpEntry(1, T0, code, "PHONE", true, true, false, longText)))
                .onlineReplyText(longText)
                .closure(longText)
                .build();
    }

    /**
     * A text of exactly {@code length} {@code char}s made of Chinese characters and emoji (a
     * supplementary character is never split).
     *
     * @param length the length in UTF-16 {@code char}s
     * @return the text
     */
    public static String text(int length) {
        String unit = "客户意见😀处理规程🏢";
        StringBuilder b = new StringBuilder(length);
        int i = 0;
        while (b.length() < length) {
            int cp = unit.codePointAt(i);
            if (b.length() + Character.charCount(cp) > length) {
                b.append('。');
            } else {
                b.appendCodePoint(cp);
            }
            i = (i + Character.charCount(cp)) % unit.length();
        }
        return b.toString();
    }

    /**
     * The next version of a snapshot, as the core would save after one accepted command: version + 1,
     * a progress note appended, modified a second later.
     *
     * @param s    the current snapshot
     * @param note the note text
     * @return the next snapshot
     */
    public static CaseSnapshot next(CaseSnapshot s, String note) {
        Instant at = s.lastModifiedAt().plusSeconds(1);
        List<NoteEntry> notes = new ArrayList<>(s.notes());
        notes.add(new NoteEntry(at, "S101", "PROGRESS", note));
        return s.toBuilder().version(s.version() + 1).notes(notes).lastModifiedAt(at).build();
    }

    /**
     * The audit entry a command that produced {@code s} appends.
     *
     * @param s       the snapshot the command produced
     * @param command the command name
     * @return the entry
     */
    public static AuditEntry audit(CaseSnapshot s, String command) {
        return new AuditEntry(s.id(), s.version(), s.lastModifiedAt(), "S001", "RECEIVER,DUTY_OFFICER",
                s.department(), command, s.version() == 1 ? null : "RECEIVED", s.state(),
                "客户张** 138****5678 ✍️");
    }

    /**
     * A visit log record (R-4.5.1).
     *
     * @param id         the record id
     * @param department the service centre
     * @param date       the visit date
     * @return the record
     */
    public static VisitRecord visit(String id, String department, LocalDate date) {
        return new VisitRecord(id, "S003", department, date, new CustomerData("李四", "13900001111", "翠苑2栋"),
                "走访：业主反映停车难 🚗", List.of("CASE-1", "CASE-2"), "S004");
    }

    /**
     * A duty handover log entry (R-4.3.1g).
     *
     * @param id         the entry id
     * @param department the service centre
     * @param at         when
     * @return the entry
     */
    public static DutyLogEntry duty(String id, String department, Instant at) {
        return new DutyLogEntry(id, department, "S201", at, "REGISTERED", "CASE-1", "夜间受理：漏水 💧，已登记");
    }

    /**
     * A weekly form review (R-4.4.2d7).
     *
     * @param id          the record id
     * @param department  the department
     * @param periodStart the Monday of the reviewed week
     * @return the record
     */
    public static ReviewRecord review(String id, String department, LocalDate periodStart) {
        return new ReviewRecord(id, department, "S010", "WEEKLY_FORMS", periodStart,
                periodStart.plusDays(4).atTime(16, 0, 0, 123_456_000).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                12, "本周办理表齐全 👍");
    }

    /**
     * A signed monthly analysis table (R-4.6.2).
     *
     * @param id          the record id
     * @param department  the department
     * @param submittedAt when
     * @return the record
     */
    public static ReportSubmission submission(String id, String department, Instant submittedAt) {
        return new ReportSubmission(id, department, "2025-03", "MONTHLY_TABLE", "本月投诉12件，有效9件 📊", "S010",
                submittedAt);
    }

    /**
     * An archive batch (R-4.8).
     *
     * @param id           the batch id
     * @param department   the department ({@link #GMD} for company-level records, R-4.8.4)
     * @param period       {@code 2025-03} or {@code 2025-Q1}
     * @param kind         MONTHLY or QUARTERLY
     * @param caseIds the cases
     * @return the batch
     */
    public static ArchiveBatch batch(String id, String department, String period, String kind,
                                     List<String> caseIds) {
        return new ArchiveBatch(id, department, period, kind, "S002", T0, caseIds,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }

    /** The instant of a wall-clock time in a zone (the earlier offset in an overlap), at microsecond precision. */
    static Instant inZone(LocalDateTime local, String zone) {
        return ZonedDateTime.of(local, ZoneId.of(zone)).toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String pad(String prefix, int length) {
        StringBuilder b = new StringBuilder(prefix);
        while (b.length() < length) {
            b.append((char) ('0' + b.length() % 10));
        }
        return b.substring(0, length);
    }
}
