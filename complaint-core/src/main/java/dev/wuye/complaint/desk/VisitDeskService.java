package dev.wuye.complaint.desk;

import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.authority.PeriodPolicies;
import dev.wuye.complaint.authority.Verdict;
import dev.wuye.complaint.sla.WeeklyReviewTracker;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.VisitRecord;
import dev.wuye.complaint.visit.RecordVisit;
import dev.wuye.complaint.visit.VisitLogged;
import dev.wuye.complaint.visit.VisitQuotaReport;
import dev.wuye.complaint.visit.VisitService;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Customer visits and the reviews of a department (R-4.5.1–3, R-4.4.2d7): logging, checking, reviewing. */
final class VisitDeskService {

    private final DeskContext ctx;
    private final VisitService visits;
    private final Map<String, Set<String>> rosters;

    VisitDeskService(DeskContext ctx, VisitService visits, Map<String, Set<String>> rosters) {
        this.ctx = ctx;
        this.visits = visits;
        this.rosters = rosters;
    }

    List<VisitRecord> visits(String department, YearMonth month) {
        return visits.visits(department, month);
    }

    VisitQuotaReport visitQuota(String department, YearMonth month) {
        return visits.quotaCheck(department, month, rosters.getOrDefault(department, Set.of()));
    }

    CommandResult log(LogVisit c) {
        RecordVisit visit = c.visit();
        Verdict v = ctx.periods.visitsAreLoggedByTheVisitor().decide(c.actor(),
                new PeriodPolicies.VisitSubject(visit.visitId(), visit.staffId(), visit.department()));
        if (v instanceof Verdict.Denied d) {
            return DeskContext.rejected(c, d.rejection());
        }
        for (String id : visit.opinionIds()) {
            Optional<CaseSnapshot> opinion = ctx.store.findById(id);
            if (opinion.isEmpty() || !visit.visitId().equals(opinion.get().visitId())) {
                return DeskContext.rejected(c, Rejection.of("R-4.5.2", "visit.opinionNotFromVisit", id, visit.visitId()));
            }
        }
        Optional<Rejection> refusal = visits.refusal(visit);
        if (refusal.isPresent()) {
            return DeskContext.rejected(c, refusal.get());
        }
        VisitLogged logged = visits.record(visit);
        return ctx.recorded(c, visit.department(), new PeriodResult.VisitRecorded(logged),
                "visit on " + visit.date() + ", " + visit.opinionIds().size() + " opinion(s)");
    }

    CommandResult check(CheckVisits c) {
        Verdict v = ctx.periods.onlyTheSupervisorChecksVisits().decide(c.actor(), c.department());
        if (v instanceof Verdict.Denied d) {
            return DeskContext.rejected(c, d.rejection());
        }
        if (c.remarks() != null && c.remarks().length() > CaseSnapshot.MAX_TEXT_LENGTH) {
            return DeskContext.rejected(c, tooLong("R-4.5.3", c.remarks()));
        }
        boolean before = visits.supervisorCheck(c.department(), c.month()).isPresent();
        ReviewRecord r = visits.recordSupervisorCheck(c.department(), c.month(), c.actor().staffId(), c.remarks());
        return ctx.recorded(c, c.department(), new PeriodResult.ReviewRecorded(r, before),
                r.itemsReviewed() + " visit(s) of " + c.month() + " checked");
    }

    CommandResult review(ReviewWeeklyForms c) {
        Verdict v = ctx.periods.onlyTheHeadReviewsTheWeeklyForms().decide(c.actor(), c.department());
        if (v instanceof Verdict.Denied d) {
            return DeskContext.rejected(c, d.rejection());
        }
        if (c.formsReviewed() < 0) {
            return DeskContext.rejected(c, Rejection.of("R-4.4.2d7", "period.formsReviewedNegative", c.formsReviewed()));
        }
        if (c.remarks() != null && c.remarks().length() > CaseSnapshot.MAX_TEXT_LENGTH) {
            return DeskContext.rejected(c, tooLong("R-4.4.2d7", c.remarks()));
        }
        LocalDate monday = mondayOf(c.dayOfWeek());
        LocalDate thisMonday = mondayOf(ctx.clock.instant().atZone(ctx.zone).toLocalDate());
        if (monday.isAfter(thisMonday)) {
            return DeskContext.rejected(c, Rejection.of("R-4.4.2d7", "period.reviewOfFutureWeek", monday, thisMonday));
        }
        String id = "WR-" + c.department() + "-" + monday;
        boolean stored = ctx.storage.reviews().append(new ReviewRecord(id, c.department(), c.actor().staffId(),
                WeeklyReviewTracker.WEEKLY_FORMS, monday, ctx.clock.instant(), c.formsReviewed(), c.remarks()));
        ReviewRecord r = ctx.storage.reviews().findById(id).orElseThrow();
        return ctx.recorded(c, c.department(), new PeriodResult.ReviewRecorded(r, !stored),
                r.itemsReviewed() + " form(s) of the week of " + monday + " reviewed");
    }

    /** The Monday of the Monday–Sunday week containing {@code day}. */
    private static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Rejection tooLong(String ruleId, String remarks) {
        return Rejection.of(ruleId, "period.textTooLong", "remarks", remarks.length(), CaseSnapshot.MAX_TEXT_LENGTH);
    }
}
