package dev.wuye.complaint.report;

import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.Validity;
import dev.wuye.complaint.classification.CategoryTaxonomy;
import dev.wuye.complaint.classification.SnapshotCodes;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.ReportSubmission;
import dev.wuye.complaint.spi.VisitRecord;
import dev.wuye.complaint.statistics.AnalysisMetric;
import dev.wuye.complaint.statistics.MonthlyAnalysis;
import dev.wuye.complaint.statistics.OverdueCase;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.wuye.complaint.report.Rows.date;
import static dev.wuye.complaint.report.Rows.list;
import static dev.wuye.complaint.report.Rows.text;
import static dev.wuye.complaint.report.Rows.time;
import static dev.wuye.complaint.report.Rows.yesNo;

/**
 * Builds the records of clause 5 from snapshots and records: the six it lists and the customer
 * communication sheet of R-4.2.4b. Times are shown in one zone;
 * categories with the taxonomy's Chinese labels. Immutable and thread-safe.
 */
public final class ClauseFiveViews {

    private final ZoneId zone;
    private final CategoryTaxonomy taxonomy;

    /**
     * @param zone     the zone times are shown in
     * @param taxonomy the category labels
     */
    public ClauseFiveViews(ZoneId zone, CategoryTaxonomy taxonomy) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /** Asia/Shanghai and the property-management categories (project's choice: the procedure gives no time zone or categories). */
    public static ClauseFiveViews defaults() {
        return new ClauseFiveViews(ZoneId.of("Asia/Shanghai"), CategoryTaxonomy.propertyManagement());
    }

    /**
     * The intake log 《客户信息受理表》 (R-4.2.3a): every opinion, in the order received.
     *
     * @param cases the cases
     * @return the rows
     */
    public List<IntakeLogRow> intakeLog(Stream<CaseSnapshot> cases) {
        return cases.sorted(Comparator.comparing(CaseSnapshot::receivedAt).thenComparing(CaseSnapshot::id))
                .map(s -> {
                    CustomerData c = s.customer();
                    return new IntakeLogRow(s.id(), text(s.recordNumber()), time(s.receivedAt(), zone), s.channel(),
                            text(c.name()), text(c.phone()), text(c.address()), text(s.type()), category(s.category()),
                            s.contentSummary(), s.recordedBy(), text(s.receiverId()), yesNo(s.dutyRegistration()),
                            time(s.agreedReplyBy(), zone), text(s.agreedReplyMethod()));
                }).toList();
    }

    /**
     * The handling forms 《客户意见反映办理表》 (R-4.2.3b, R-4.3): one row per handling cycle, a case
     * without a cycle yet gets one row with the intake part only.
     *
     * @param cases the cases
     * @return the rows, by case id then cycle
     */
    public List<HandlingFormRow> handlingForms(Stream<CaseSnapshot> cases) {
        List<HandlingFormRow> rows = new ArrayList<>();
        cases.sorted(Comparator.comparing(CaseSnapshot::id)).forEach(s -> {
            List<HandlingCycle> cycles = s.cycles().isEmpty() ? java.util.Collections.singletonList(null) : s.cycles();
            for (HandlingCycle c : cycles) {
                CustomerData cu = s.customer();
                rows.add(new HandlingFormRow(s.id(), text(s.recordNumber()), s.contentSummary(), s.recordedBy(),
                        date(LocalDate.ofInstant(s.receivedAt(), zone)), text(cu.name()), text(cu.phone()),
                        text(cu.address()), s.department(), list(s.coHandlingDepartments()),
                        c == null ? "" : Integer.toString(c.number()), c == null ? "" : list(c.handlerIds()),
                        c == null ? "" : text(c.investigation()), c == null ? "" : text(c.analysis()),
                        c == null ? "" : text(c.solution()), c == null ? "" : text(c.approvedBy()),
                        c == null ? "" : text(c.result()), c == null ? "" : text(c.resultSignedBy()),
                        c == null ? "" : time(c.completedAt(), zone)));
            }
        });
        return rows;
    }

    /**
     * The visit log 《走访客户记录表》.
     *
     * @param visits the visits
     * @return the rows, by date then id
     */
    public List<VisitLogRow> visitLog(List<VisitRecord> visits) {
        return visits.stream().sorted(Comparator.comparing(VisitRecord::date).thenComparing(VisitRecord::id))
                .map(v -> new VisitLogRow(v.id(), date(v.date()), v.staffId(), v.department(),
                        text(v.customer().name()), text(v.customer().phone()), text(v.customer().address()),
                        v.notes(), list(v.opinionIds()), text(v.checkedBy())))
                .toList();
    }

    /**
     * The monthly analysis table 《客户意见统计分析表》 (R-4.6.2/4.6.3): every figure, the counts by
     * type, channel and category, the overdue cases, and the head's summary and signature when
     * submitted.
     *
     * @param a          the table's figures
     * @param submission the signed submission, if any
     * @return the rows
     */
    public List<MonthlyTableRow> monthlyTable(MonthlyAnalysis a, Optional<ReportSubmission> submission) {
        List<MonthlyTableRow> rows = new ArrayList<>();
        rows.add(new MonthlyTableRow("部门", "Department", a.department()));
        rows.add(new MonthlyTableRow("期间", "Period", a.period()));
        for (AnalysisMetric m : AnalysisMetric.values()) {
            rows.add(new MonthlyTableRow(m.label(), m.labelEn(), m.display(a)));
        }
        breakdown(rows, "按类型", "By type", a.byType(), false);
        breakdown(rows, "按渠道", "By channel", a.byChannel(), false);
        breakdown(rows, "按类别", "By category", a.byCategory(), true);
        for (OverdueCase o : a.overdue()) {
            rows.add(new MonthlyTableRow("超时：" + o.caseId(), "Overdue: " + o.caseId(),
                    "受理 " + o.acceptanceDate() + "，时限 " + o.deadline() + "，" + o.state()));
        }
        submission.ifPresent(s -> {
            rows.add(new MonthlyTableRow("月度小结", "Summary", s.summary()));
            rows.add(new MonthlyTableRow("负责人签字", "Signed by", s.signedBy()));
            rows.add(new MonthlyTableRow("报送时间", "Submitted at", time(s.submittedAt(), zone)));
        });
        return rows;
    }

    private void breakdown(List<MonthlyTableRow> rows, String zh, String en, Map<String, Long> counts,
                           boolean categories) {
        counts.forEach((k, v) -> rows.add(new MonthlyTableRow(zh + "：" + (categories ? category(k) : k),
                en + ": " + (categories ? taxonomy.find(k).map(c -> c.labelEn()).orElse(k) : k), Long.toString(v))));
    }

    /**
     * The duty handover log 《值班交接班记录表》 (R-4.2.4a, R-4.3.1g/h).
     *
     * @param entries the entries
     * @return the rows, by time then id
     */
    public List<DutyHandoverRow> dutyHandoverLog(List<DutyLogEntry> entries) {
        return entries.stream().sorted(Comparator.comparing(DutyLogEntry::at).thenComparing(DutyLogEntry::id))
                .map(e -> new DutyHandoverRow(time(e.at(), zone), e.department(), e.dutyOfficerId(), e.kind(),
                        text(e.caseId()), e.text()))
                .toList();
    }

    /**
     * The complaint and follow-up register 《客户投诉与回访登记表》 (R-4.4.2d): every complaint, one row
     * per follow-up (one row with empty follow-up cells while none was done), with the re-handling
     * result when a follow-up sent the case back.
     *
     * @param cases the cases (non-complaints are skipped)
     * @return the rows, by case id then follow-up time
     */
    public List<FollowUpRegisterRow> followUpRegister(Stream<CaseSnapshot> cases) {
        List<FollowUpRegisterRow> rows = new ArrayList<>();
        cases.filter(s -> SnapshotCodes.type(s) == OpinionType.COMPLAINT).sorted(Comparator.comparing(CaseSnapshot::id))
                .forEach(s -> {
                    List<FollowUpEntry> fs = s.followUps().stream()
                            .sorted(Comparator.comparing(FollowUpEntry::at)).toList();
                    if (fs.isEmpty()) {
                        rows.add(row(s, null));
                    }
                    fs.forEach(f -> rows.add(row(s, f)));
                });
        return rows;
    }

    private FollowUpRegisterRow row(CaseSnapshot s, FollowUpEntry f) {
        HandlingCycle cycle = f == null ? null : cycle(s, f.cycle());
        HandlingCycle next = f == null ? null : cycle(s, f.cycle() + 1);
        Validity v = SnapshotCodes.validity(s);
        String validity = v == null ? "" : v.label();
        return new FollowUpRegisterRow(s.id(), text(s.recordNumber()), date(s.acceptanceDate()),
                text(s.customer().name()), text(s.customer().phone()), s.contentSummary(), validity,
                f == null ? "" : Integer.toString(f.cycle()), cycle == null ? "" : time(cycle.completedAt(), zone),
                f == null ? "" : time(f.at(), zone), f == null ? "" : f.method(), f == null ? "" : f.byStaffId(),
                f == null ? "" : yesNo(f.timely()), f == null ? "" : yesNo(f.resultSatisfied()),
                f == null ? "" : yesNo(f.attitudeSatisfied()), f == null ? "" : text(f.remarks()),
                next == null ? "" : text(next.result()));
    }

    /**
     * The customer communication sheet 《客户沟通信息表》 (R-4.2.4b): every opinion a duty officer registered
     * off hours, with the nature the receiver identified — an invalid complaint with the head who
     * confirmed and signed it, a valid opinion with its record number.
     *
     * @param cases the cases (those not registered by a duty officer are skipped)
     * @return the rows, by registration time then case id
     */
    public List<CustomerCommunicationRow> customerCommunication(Stream<CaseSnapshot> cases) {
        return cases.filter(CaseSnapshot::dutyRegistration)
                .sorted(Comparator.comparing(CaseSnapshot::receivedAt).thenComparing(CaseSnapshot::id))
                .map(s -> {
                    CustomerData c = s.customer();
                    return new CustomerCommunicationRow(s.id(), time(s.receivedAt(), zone), s.department(),
                            s.recordedBy(), s.channel(), text(c.name()), text(c.phone()), text(c.address()),
                            s.contentSummary(), time(s.handedOverAt(), zone), text(s.receiverId()), nature(s),
                            text(s.invalidConfirmedBy()), text(s.recordNumber()));
                }).toList();
    }

    private static String nature(CaseSnapshot s) {
        OpinionType type = SnapshotCodes.type(s);
        if (type == OpinionType.COMPLAINT) {
            Validity v = SnapshotCodes.validity(s);
            return v == null ? "" : v.label();
        }
        return type == null ? "" : type.label();
    }

    private static HandlingCycle cycle(CaseSnapshot s, int n) {
        return s.cycles().stream().filter(c -> c.number() == n).findFirst().orElse(null);
    }

    private String category(String code) {
        return code == null ? "" : taxonomy.find(code).map(c -> c.labelZh()).orElse(code);
    }

    /**
     * A form's rows as a table.
     *
     * @param form the form
     * @param rows its rows
     * @return the table
     */
    public static ReportTable table(Form form, List<? extends FormRow> rows) {
        return ReportTable.of(form, rows);
    }
}
