package dev.wuye.complaint.archive;

import dev.wuye.complaint.spi.ArchiveBatch;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Archiving over the SPI (R-4.8.1–4): builds the batches of a month or quarter, stores each once
 * ({@code ArchiveStore.saveIfAbsent}) with the SHA-256 of its electronic archive, and writes that
 * archive on request. Archiving a period again returns the stored batches and rewrites identical
 * files. Marking the cases FILED is left to the desk: each batch lists its case ids.
 * Thread-safe if the storage is.
 */
public final class ArchiveService {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveService.class);
    private static final int PAGE = 500;

    private final Storage storage;
    private final Clock clock;
    private final ArchivePlanner planner;

    /**
     * @param storage  where cases and batches are
     * @param clock    batch creation times come from here
     * @param settings zone and GMD id
     */
    public ArchiveService(Storage storage, Clock clock, ArchiveSettings settings) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.planner = new ArchivePlanner(settings);
    }

    /** The planner deciding which batch a case goes to. */
    public ArchivePlanner planner() {
        return planner;
    }

    /**
     * Archives a month: one batch per archiving department.
     *
     * @param month      the month
     * @param archivedBy the receiver (or the GMD's staff) who archives
     * @return the stored batches, by department
     */
    public List<ArchiveBatch> archiveMonth(YearMonth month, String archivedBy) {
        return archive(ArchivePeriod.month(month), archivedBy);
    }

    /**
     * Archives a quarter.
     *
     * @param year       the year
     * @param quarter    1–4
     * @param archivedBy who archives
     * @return the stored batches, by department
     */
    public List<ArchiveBatch> archiveQuarter(int year, int quarter, String archivedBy) {
        return archive(ArchivePeriod.quarter(year, quarter), archivedBy);
    }

    /**
     * Archives a period.
     *
     * @param period     the period
     * @param archivedBy who archives
     * @return the stored batches, by department
     */
    public List<ArchiveBatch> archive(ArchivePeriod period, String archivedBy) {
        return archive(period, archivedBy, department -> true);
    }

    /**
     * Archives a period for some archiving departments only (e.g. the archivist's own, R-4.8.1/R-4.8.4).
     *
     * @param period      the period
     * @param archivedBy  who archives
     * @param departments which archiving departments' batches to make
     * @return the stored batches of those departments
     */
    public List<ArchiveBatch> archive(ArchivePeriod period, String archivedBy,
                                      java.util.function.Predicate<String> departments) {
        Objects.requireNonNull(archivedBy, "archivedBy");
        Objects.requireNonNull(departments, "departments");
        Map<String, List<String>> plan;
        try (Stream<CaseSnapshot> cases = storage.cases().stream(query(period), PAGE)) {
            plan = planner.plan(period, cases);
        }
        List<ArchiveBatch> out = new ArrayList<>();
        plan.forEach((dept, ids) -> {
            if (!departments.test(dept)) {
                return;
            }
            Optional<ArchiveBatch> existing = storage.archives().find(dept, period.name(), period.kind());
            if (existing.isPresent()) {
                if (!existing.get().caseIds().equals(ids)) {
                    // A batch is immutable: cases closed into the period after it was made are not added.
                    LOG.warn("archive batch {} already stored with {} cases; the period now has {}",
                            existing.get().id(), existing.get().caseIds().size(), ids.size());
                }
                out.add(existing.get());
                return;
            }
            ArchiveBatch draft = new ArchiveBatch(batchId(dept, period), dept, period.name(), period.kind(),
                    archivedBy, clock.instant(), ids, null);
            ElectronicArchive files = ElectronicArchive.build(draft, load(ids));
            ArchiveBatch stored = storage.archives().saveIfAbsent(new ArchiveBatch(draft.id(), dept, draft.period(),
                    draft.kind(), archivedBy, draft.createdAt(), ids, files.manifestSha256()));
            LOG.info("archive batch {} holds {} cases", stored.id(), stored.caseIds().size());
            out.add(stored);
        });
        return out;
    }

    /**
     * Writes a stored batch's electronic archive into a directory. Writing again gives
     * identical files.
     *
     * @param batch the stored batch
     * @param dir   the directory for this batch
     * @return the archive written; its manifest checksum equals the batch's unless a case was changed
     *         after archiving (then {@link ArchiveVerifier} reports it)
     */
    public ElectronicArchive writeElectronicArchive(ArchiveBatch batch, Path dir) {
        ElectronicArchive files = ElectronicArchive.build(batch, load(batch.caseIds()));
        files.writeTo(dir);
        return files;
    }

    private List<CaseSnapshot> load(List<String> ids) {
        List<CaseSnapshot> list = new ArrayList<>(ids.size());
        for (String id : ids) {
            list.add(storage.cases().findById(id)
                    .orElseThrow(() -> new IllegalStateException("case " + id + " vanished while archiving")));
        }
        return list;
    }

    private CaseQuery query(ArchivePeriod period) {
        return new CaseQuery(null, null, period.toExclusive(),
                period.from().atStartOfDay(storage.zone()).toInstant(), false);
    }

    /**
     * The id of a batch: {@code <kind>:<department>:<period>}.
     *
     * @param department the archiving department
     * @param period     the period
     * @return the id
     */
    public static String batchId(String department, ArchivePeriod period) {
        return period.kind() + ":" + department + ":" + period.name();
    }
}
