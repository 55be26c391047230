package dev.wuye.complaint.visit;

import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.spi.VisitRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Customer visits over the SPI (R-4.5.1–3): records visits, checks the per-staff quota, records the
 * supervisor's monthly check. Thread-safe if the storage is.
 */
public final class VisitService {

    /** {@code ReviewRecord.kind} of the supervisor's monthly visit check. */
    public static final String MONTHLY_VISITS = "MONTHLY_VISITS";

    private static final Logger LOG = LoggerFactory.getLogger(VisitService.class);

    private final Storage storage;
    private final Clock clock;
    private final VisitQuota quota;

    /**
     * @param storage where the visit log and reviews are
     * @param clock   today comes from here
     * @param quota   the monthly quota per employee
     */
    public VisitService(Storage storage, Clock clock, VisitQuota quota) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.quota = Objects.requireNonNull(quota, "quota");
    }

    /** The quota this service checks. */
    public VisitQuota quota() {
        return quota;
    }

    /**
     * Why a visit cannot be logged: a required field is missing, the date is after today
     * (in the storage's zone), or the notes are longer than {@value CaseSnapshot#MAX_TEXT_LENGTH}.
     *
     * @param cmd the visit
     * @return the refusal naming the field, or empty when it may be logged
     */
    public Optional<Rejection> refusal(RecordVisit cmd) {
        Objects.requireNonNull(cmd, "cmd");
        Optional<String> missing = missing(cmd);
        if (missing.isPresent()) {
            return Optional.of(Rejection.of("R-4.5.1", "visit.fieldRequired", missing.get()));
        }
        LocalDate today = LocalDate.now(clock.withZone(storage.zone()));
        if (cmd.date().isAfter(today)) {
            return Optional.of(Rejection.of("R-4.5.1", "visit.dateInFuture", cmd.date(), today));
        }
        if (cmd.notes() != null && cmd.notes().length() > CaseSnapshot.MAX_TEXT_LENGTH) {
            return Optional.of(Rejection.of("R-4.5.1", "period.textTooLong", "notes", cmd.notes().length(),
                    CaseSnapshot.MAX_TEXT_LENGTH));
        }
        return Optional.empty();
    }

    /**
     * Writes a visit into the visit log. Idempotent by visit id.
     *
     * @param cmd the visit
     * @return the stored visit
     * @throws IllegalArgumentException when {@link #refusal} refuses it
     */
    public VisitLogged record(RecordVisit cmd) {
        refusal(cmd).ifPresent(r -> {
            throw new IllegalArgumentException(r.toString());
        });
        VisitRecord v = new VisitRecord(cmd.visitId(), cmd.staffId(), cmd.department(), cmd.date(), cmd.customer(),
                cmd.notes(), cmd.opinionIds(), null);
        boolean stored = storage.visits().append(v);
        LOG.debug("visit {} by {} on {} {}", v.id(), v.staffId(), v.date(), stored ? "recorded" : "already recorded");
        return new VisitLogged(stored ? v : storage.visits().findById(v.id()).orElse(v), !stored);
    }

    private static Optional<String> missing(RecordVisit c) {
        if (blank(c.visitId())) {
            return Optional.of("visitId");
        }
        if (blank(c.staffId())) {
            return Optional.of("staffId");
        }
        if (blank(c.department())) {
            return Optional.of("department");
        }
        if (c.date() == null) {
            return Optional.of("date");
        }
        if (c.customer() == null) {
            return Optional.of("customer");
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * What the desk needs to open a case from an opinion raised on a visit.
     *
     * @param visitId the visit
     * @return the source, or empty for an unknown visit
     */
    public Optional<VisitOpinionSource> opinionSource(String visitId) {
        return storage.visits().findById(visitId).map(v -> new VisitOpinionSource(v.id(), v.department(),
                v.staffId(), v.customer(), VisitOpinionSource.CHANNEL));
    }

    /**
     * The visits of a centre in a month.
     *
     * @param department the centre
     * @param month      the month
     * @return the visits, oldest first
     */
    public List<VisitRecord> visits(String department, YearMonth month) {
        return storage.visits().find(department, month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /**
     * The per-staff quota check of a centre and month.
     *
     * @param department the centre
     * @param month      the month
     * @param roster     the customer-service staff who owe visits (those who visited are added)
     * @return the report
     */
    public VisitQuotaReport quotaCheck(String department, YearMonth month, Collection<String> roster) {
        return quotaReport(department, month, quota, roster, visits(department, month),
                supervisorCheck(department, month).isPresent());
    }

    /**
     * The quota report from already loaded visits; used by the statistics calculators.
     *
     * @param department the centre
     * @param month      the month
     * @param quota      the quota
     * @param roster     staff who owe visits
     * @param visits     the visits of that centre and month
     * @param checked    whether the supervisor's check is recorded
     * @return the report
     */
    public static VisitQuotaReport quotaReport(String department, YearMonth month, VisitQuota quota,
                                               Collection<String> roster, List<VisitRecord> visits, boolean checked) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        roster.forEach(s -> counts.put(s, 0));
        for (VisitRecord v : visits) {
            if (v.department().equals(department) && YearMonth.from(v.date()).equals(month)) {
                counts.merge(v.staffId(), 1, Integer::sum);
            }
        }
        List<String> below = new ArrayList<>();
        List<String> above = new ArrayList<>();
        counts.forEach((staff, n) -> {
            if (n < quota.min()) {
                below.add(staff);
            } else if (n > quota.max()) {
                above.add(staff);
            }
        });
        return new VisitQuotaReport(department, month, quota, counts, below, above, checked);
    }

    /**
     * Records the supervisor's monthly check of the centre's visits. Idempotent: one check
     * per centre and month.
     *
     * @param department   the centre
     * @param month        the checked month
     * @param supervisorId the customer-service supervisor
     * @param remarks      findings; nullable
     * @return the stored check (the earlier one if it was already recorded)
     */
    public ReviewRecord recordSupervisorCheck(String department, YearMonth month, String supervisorId, String remarks) {
        int n = visits(department, month).size();
        ReviewRecord r = new ReviewRecord(checkId(department, month), department, supervisorId, MONTHLY_VISITS,
                month.atDay(1), clock.instant(), n, remarks);
        if (!storage.reviews().append(r)) {
            return storage.reviews().findById(r.id()).orElse(r);
        }
        return r;
    }

    /**
     * The supervisor's check of a centre and month, if recorded.
     *
     * @param department the centre
     * @param month      the month
     * @return the check
     */
    public Optional<ReviewRecord> supervisorCheck(String department, YearMonth month) {
        return storage.reviews().find(department, month.atDay(1), month.plusMonths(1).atDay(1)).stream()
                .filter(r -> MONTHLY_VISITS.equals(r.kind())).findFirst();
    }

    static String checkId(String department, YearMonth month) {
        return MONTHLY_VISITS + ":" + department + ":" + month;
    }
}
