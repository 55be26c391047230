package dev.wuye.complaint.desk;

import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.archive.ArchivePeriod;
import dev.wuye.complaint.archive.ArchiveService;
import dev.wuye.complaint.archive.ElectronicArchive;
import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Verdict;
import dev.wuye.complaint.cases.Case;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.ArchiveBatch;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Archive runs: the batch of the archivist's department is made once; each of its cases is
 * filed through the {@link Archive} case command (its own authority and audit entry). A period is
 * archived only once it has ended by the desk's clock in the desk's zone, so that no case closed in it
 * can fall outside every batch.
 */
final class ArchiveRunService {

    private final DeskContext ctx;
    private final Function<Command, CommandResult> pipeline;

    ArchiveRunService(DeskContext ctx, Function<Command, CommandResult> pipeline) {
        this.ctx = ctx;
        this.pipeline = pipeline;
    }

    CommandResult archive(ArchiveMonth c) {
        return archive(c, ArchivePeriod.month(c.month()));
    }

    CommandResult archive(ArchiveQuarter c) {
        if (c.quarter() < 1 || c.quarter() > 4) {
            return DeskContext.rejected(c, Rejection.of("R-4.8.2", "period.quarterRange", c.quarter()));
        }
        return archive(c, ArchivePeriod.quarter(c.year(), c.quarter()));
    }

    ElectronicArchive writeElectronicArchive(ArchiveBatch batch, Path dir) {
        return ctx.archives.writeElectronicArchive(batch, dir);
    }

    private CommandResult archive(PeriodCommand c, ArchivePeriod period) {
        Actor archivist = c.actor();
        Verdict v = ctx.periods.archivedByTheReceiverOrTheGmd().decide(archivist, archivist.department());
        if (v instanceof Verdict.Denied d) {
            return DeskContext.rejected(c, d.rejection());
        }
        LocalDate today = ctx.clock.instant().atZone(ctx.zone).toLocalDate();
        if (today.isBefore(period.toExclusive())) {
            // a case closed later in the period would fall outside every batch
            String rule = ArchivePeriod.MONTHLY.equals(period.kind()) ? "R-4.8.1" : "R-4.8.2";
            return DeskContext.rejected(c, Rejection.of(rule, "period.archiveBeforeEnd", period.name(),
                    period.toExclusive().minusDays(1), today));
        }
        List<ArchiveBatch> batches = ctx.archives.archive(period, archivist.staffId(),
                department -> department.equals(archivist.department()));
        List<String> filed = new ArrayList<>();
        List<String> already = new ArrayList<>();
        Map<String, CommandResult> refused = new LinkedHashMap<>();
        for (ArchiveBatch b : batches) {
            for (String id : b.caseIds()) {
                Optional<CaseSnapshot> s = ctx.store.findById(id);
                if (s.isPresent() && Case.restore(s.get()).state() == LifecycleState.FILED) {
                    already.add(id);
                    continue;
                }
                CommandResult r = pipeline.apply(new Archive(archivist, id, b.id()));
                if (r.isAccepted()) {
                    filed.add(id);
                } else {
                    refused.put(id, r);
                }
            }
        }
        ArchiveRun run = new ArchiveRun(ArchiveService.batchId(archivist.department(), period), batches, filed,
                already, refused);
        return ctx.recorded(c, archivist.department(), run, batches.size() + " batch(es), filed " + filed.size()
                + ", already " + already.size() + ", refused " + refused.size());
    }
}
