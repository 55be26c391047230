package dev.wuye.complaint.desk;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Verdict;
import dev.wuye.complaint.cases.Case;
import dev.wuye.complaint.classification.RecurrenceCheck;
import dev.wuye.complaint.classification.RecurrenceDetector;
import dev.wuye.complaint.classification.RecurrenceReport;
import dev.wuye.complaint.lifecycle.Phase;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The recurrence check (R-4.4.2d6): follow-ups of cases without a follow-up channel, recorded
 * through the {@link RecordFollowUp} case command (its own authority and audit entry).
 */
final class RecurrenceService {

    private final DeskContext ctx;
    private final RecurrenceDetector recurrences;
    private final Function<Command, CommandResult> pipeline;

    RecurrenceService(DeskContext ctx, RecurrenceDetector recurrences, Function<Command, CommandResult> pipeline) {
        this.ctx = ctx;
        this.recurrences = recurrences;
        this.pipeline = pipeline;
    }

    CommandResult run(RunRecurrenceCheck c) {
        Actor receiver = c.actor();
        Verdict v = ctx.periods.recurrenceChecksAreAuthorisedCaseByCase().decide(receiver, receiver.department());
        if (v instanceof Verdict.Denied d) {
            return DeskContext.rejected(c, d.rejection());
        }
        LocalDate asOf = LocalDate.ofInstant(c.asOf(), ctx.zone);
        RecurrenceReport report;
        try (Stream<CaseSnapshot> all = ctx.store.stream(CaseQuery.all(), 500)) {
            report = recurrences.detect(all.filter(s -> receiver.department().equals(s.department())), asOf);
        }
        List<String> back = new ArrayList<>();
        List<String> satisfied = new ArrayList<>();
        Map<String, CommandResult> refused = new LinkedHashMap<>();
        for (RecurrenceCheck check : report.checks(RecurrenceDetector.NO_CHANNEL_RULE)) {
            if (check.outcome() == RecurrenceCheck.Outcome.PENDING) {
                continue;
            }
            Optional<CaseSnapshot> s = ctx.store.findById(check.caseId());
            if (s.isEmpty() || Case.restore(s.get()).state().phase() != Phase.FOLLOW_UP) {
                continue;
            }
            boolean ok = check.outcome() == RecurrenceCheck.Outcome.SATISFIED;
            String remarks = ok ? "R-4.4.2d6: no opinion of the same kind up to " + check.windowEnd()
                    + "; counted satisfied"
                    : "R-4.4.2d6: the same kind recurred within a month (" + check.recurringCaseId()
                    + "); counted unsatisfied";
            CommandResult r = pipeline.apply(CaseCommandTable.recurrenceFollowUp(receiver, check.caseId(), ok, remarks));
            if (!r.isAccepted()) {
                refused.put(check.caseId(), r);
            } else if (ok) {
                satisfied.add(check.caseId());
            } else {
                back.add(check.caseId());
            }
        }
        RecurrenceRun run = new RecurrenceRun("RC-" + receiver.department() + "-" + asOf, report, back, satisfied,
                refused);
        return ctx.recorded(c, receiver.department(), run, "sent back " + back.size() + ", satisfied "
                + satisfied.size() + ", refused " + refused.size());
    }
}
