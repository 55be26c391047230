package dev.wuye.complaint.testdata;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.VisitRecord;
import dev.wuye.complaint.store.InMemoryStorage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.wuye.complaint.cases.Channel.*;
import static dev.wuye.complaint.cases.EscalationLevel.DEPARTMENT_HEAD;
import static dev.wuye.complaint.cases.EscalationLevel.GENERAL_MANAGER;
import static dev.wuye.complaint.cases.EscalationLevel.GMD;
import static dev.wuye.complaint.cases.FollowUpMethod.ONLINE;
import static dev.wuye.complaint.cases.OpinionType.INQUIRY;
import static dev.wuye.complaint.cases.OpinionType.PRAISE;
import static dev.wuye.complaint.cases.OpinionType.SUGGESTION;

/**
 * The fixed dataset of the hand-computed tests: 35 cases of March–May 2025 in centres C01, C02 and
 * the GMD, across Qingming (4–6 Apr), the adjusted working Sunday 27 Apr, Labour Day (1–5 May) and
 * Dragon Boat (31 May – 2 Jun). Comments give each case's deadlines, worked out by hand against the
 * 2025 calendar ("3 WD after D" = the 3rd working day strictly after D). Every case is written by
 * {@link DeskDriver}: commands submitted to a real desk on its day, so each snapshot is one production
 * writes; so are the visits and reviews.
 */
public final class Dataset2025 {

    private Dataset2025() {
    }

    private static final String REPAIRS = "REPAIRS_FACILITIES";
    private static final String CLEANING = "CLEANING_ENVIRONMENT";
    private static final String PARKING = "PARKING_VEHICLES";
    private static final DeskDriver WRITTEN = write(new DeskDriver(new InMemoryStorage(Cases.ZONE)));
    private static final List<CaseSnapshot> CASES = WRITTEN.cases();

    /** Every case, as the desk stored it. */
    public static List<CaseSnapshot> cases() {
        return CASES;
    }

    /** A fresh store holding every case (with its audit trail), visit and review as the desk wrote them. */
    static InMemoryStorage store() {
        return write(new DeskDriver(new InMemoryStorage(Cases.ZONE))).storage();
    }

    private static DeskDriver write(DeskDriver d) {
        // M01 REPAIRS acc Mar 20; deadline Mar 21, 24, 25 -> Mar 25; completed Mar 24, followed up Mar 25.
        d.opinion("M01", "C01", PHONE).receivedOn("2025-03-20").validComplaint(REPAIRS).assignedOn("2025-03-21")
                .completedOn("2025-03-24").followedUpOn("2025-03-25", true, true, true);
        // M02 CLEANING acc Thu Mar 27; deadline Mar 28, 31, Apr 1 -> Apr 1; open at April end;
        // completed May 12, follow-up due May 13/14 -> May 14, done May 13.
        d.opinion("M02", "C01", PHONE).receivedOn("2025-03-27").validComplaint(CLEANING).assignedOn("2025-03-28")
                .completedOn("2025-05-12").followedUpOn("2025-05-13", false, true, true);

        // A01 REPAIRS acc Thu Apr 3; deadline Apr 7, 8, 9 -> Apr 9 (Qingming 4-6 skipped).
        // completed Apr 7; follow-up due Apr 8, 9 -> Apr 9; done Apr 8.
        d.opinion("A01", "C01", PHONE).receivedOn("2025-04-03").validComplaint(REPAIRS).assignedOn("2025-04-03")
                .completedOn("2025-04-07").followedUpOn("2025-04-08", true, true, true);
        // A02 REPAIRS acc Wed Apr 2; deadline Apr 3, 7, 8 -> Apr 8; completed Apr 9; followed up Apr 10 (late).
        d.opinion("A02", "C01", WEB).receivedOn("2025-04-02").validComplaint(REPAIRS).assignedOn("2025-04-02")
                .completedOn("2025-04-09").followedUpOn("2025-04-10", false, true, true);
        // A03 SECURITY acc Tue Apr 1; deadline Apr 2, 3, 7 -> Apr 7; completed Thu Apr 3,
        // follow-up due Apr 7, 8 -> Apr 8, done Apr 8 (in time, but past the time limit);
        // unsatisfied -> re-handling cycle 2 opened by that follow-up, completed Apr 11, followed up Apr 14.
        d.opinion("A03", "C01", WALK_IN).receivedOn("2025-04-01").validComplaint("SECURITY").assignedOn("2025-04-01")
                .completedOn("2025-04-03").followedUpOn("2025-04-08", true, false, true)
                .completedOn("2025-04-11").followedUpOn("2025-04-14", true, true, true);
        // A04 invalid NOISE complaint acc Apr 7, confirmed and closed Apr 8 (no handling cycle).
        d.opinion("A04", "C01", PHONE).receivedOn("2025-04-07").invalidComplaint("NOISE_NEIGHBOURS")
                .invalidConfirmedOn("2025-04-08");
        // A05 inquiry, answered the same day.
        d.opinion("A05", "C01", PHONE).receivedOn("2025-04-10").classifiedAs(INQUIRY, "FEES_BILLING")
                .shortPathClosedOn(INQUIRY, "2025-04-10");
        // A06 praise by letter, passed on the same day.
        d.opinion("A06", "C01", LETTER).receivedOn("2025-04-11").classifiedAs(PRAISE, "STAFF_ATTITUDE")
                .shortPathClosedOn(PRAISE, "2025-04-11");
        // A07 suggestion on the owners' forum: a suggestion needs no follow-up (R-4.4.2a), so it is
        // closed when handling completes, Apr 16, and no online reply is posted.
        d.opinion("A07", "C01", ONLINE_FORUM).followUp(ONLINE).receivedOn("2025-04-14")
                .classifiedAs(SUGGESTION, "LANDSCAPING").assignedOn("2025-04-14").completedOn("2025-04-16");
        // A08 LANDSCAPING complaint on the forum, acc Mon Apr 21; deadline Apr 22, 23, 24 -> Apr 24;
        // completed Apr 23; the centre director approves the online reply Apr 24, which writes the
        // follow-up with no answer and closes the case.
        d.opinion("A08", "C01", ONLINE_FORUM).followUp(ONLINE).receivedOn("2025-04-21").validComplaint("LANDSCAPING")
                .assignedOn("2025-04-21").completedOn("2025-04-23").onlineReplyApprovedOn("2025-04-24");
        // A09 PARKING acc Fri Apr 25; deadline Sun Apr 27 (adjusted working day), 28, 29 -> Apr 29;
        // completed Apr 30; follow-up due May 6, 7 (Labour Day 1-5 skipped) -> May 7, done May 6.
        d.opinion("A09", "C01", PHONE).receivedOn("2025-04-25").validComplaint(PARKING).assignedOn("2025-04-25")
                .completedOn("2025-04-30").followedUpOn("2025-05-06", false, true, true);
        // A10 CLEANING acc Mon Apr 28; deadline Apr 29, 30, May 6 -> May 6; completed Apr 29; followed up Apr 30.
        d.opinion("A10", "C01", PHONE).receivedOn("2025-04-28").validComplaint(CLEANING).assignedOn("2025-04-28")
                .completedOn("2025-04-29").followedUpOn("2025-04-30", true, true, true);
        // A11 major SECURITY complaint, to the department head, corrective action opened;
        // acc Tue Apr 15; deadline Apr 16, 17, 18 -> Apr 18; completed Apr 17; followed up Apr 18.
        d.opinion("A11", "C01", PHONE).receivedOn("2025-04-15").majorComplaint("SECURITY")
                .escalatedTo(DEPARTMENT_HEAD, "2025-04-15").correctiveAction("2025-04-15").assignedOn("2025-04-15")
                .completedOn("2025-04-17").followedUpOn("2025-04-18", true, true, true);
        // A12 REPAIRS secondary complaint acc Tue Apr 8; deadline Apr 9, 10, 11 -> Apr 11;
        // completed Apr 10; followed up Apr 11 (attitude unsatisfied). Unsatisfied with the attitude is
        // unsatisfied (R-4.4.2d): that follow-up opens re-handling cycle 2 (the head apologises), completed
        // the same day at 14:00, followed up satisfied at 17:00 and closed: measured Apr 11, still in time.
        d.opinion("A12", "C01", PHONE).secondary().receivedOn("2025-04-08").validComplaint(REPAIRS)
                .assignedOn("2025-04-08").completedOn("2025-04-10").followedUpOn("2025-04-11", true, true, false)
                .completedAt("2025-04-11", "13").followedUpAt("2025-04-11T17:00", true, true, true);
        // A13 FEES by letter to the company (GMD, 7 WD): acc Wed Apr 2; deadline Apr 3, 7, 8, 9, 10, 11, 14
        // -> Apr 14; completed Fri Apr 11; follow-up due Apr 14, 15 -> Apr 15, done Apr 15 (past the limit).
        d.opinion("A13", "GMD", LETTER).company().followUp(FollowUpMethod.LETTER).receivedOn("2025-04-02")
                .validComplaint("FEES_BILLING").assignedOn("2025-04-03").completedOn("2025-04-11")
                .followedUpOn("2025-04-15", true, true, true);
        // A14 DECORATION escalated to the GMD (7 WD) acc Tue Apr 22; deadline Apr 23, 24, 25, Sun 27, 28, 29,
        // 30 -> Apr 30; completed Apr 29; follow-up due Apr 30, May 6 -> May 6; done May 7 (late).
        d.opinion("A14", "C01", PHONE).receivedOn("2025-04-22").validComplaint("DECORATION")
                .escalatedTo(GMD, "2025-04-22").assignedOn("2025-04-22").completedOn("2025-04-29")
                .followedUpOn("2025-05-07", true, true, true);
        // A15 registered off hours by the duty officer Apr 30 (21:00), not handed over nor classified yet: open.
        d.opinion("A15", "C01", PHONE).dutyRegisteredAt("2025-04-30T21:00");
        // A16 PARKING, no follow-up channel: acc Wed Apr 16; deadline Apr 17, 18, 21 -> Apr 21;
        // completed Fri Apr 18 (measured to completion); awaits the recurrence check: open.
        d.opinion("A16", "C01", PHONE).followUp(FollowUpMethod.NONE).receivedOn("2025-04-16").validComplaint(PARKING)
                .assignedOn("2025-04-16").completedOn("2025-04-18");

        // B01 REPAIRS acc Tue May 6; deadline May 7, 8, 9 -> May 9; completed May 8; followed up May 9.
        d.opinion("B01", "C01", PHONE).receivedOn("2025-05-06").validComplaint(REPAIRS).assignedOn("2025-05-06")
                .completedOn("2025-05-08").followedUpOn("2025-05-09", true, true, true);
        // B02 CLEANING acc Mon May 12; deadline May 13, 14, 15 -> May 15; completed May 14;
        // follow-up due May 15, 16 -> May 16, done Mon May 19 (late), unsatisfied -> re-handling
        // cycle 2 opened by that follow-up, completed May 22, followed up May 23.
        d.opinion("B02", "C01", WALK_IN).receivedOn("2025-05-12").validComplaint(CLEANING).assignedOn("2025-05-12")
                .completedOn("2025-05-14").followedUpOn("2025-05-19", false, false, true)
                .completedOn("2025-05-22").followedUpOn("2025-05-23", true, true, true);
        // B03 SECURITY suggestion on the web, answered and closed May 8 (no handling cycle).
        d.opinion("B03", "C01", WEB).receivedOn("2025-05-07").classifiedAs(SUGGESTION, "SECURITY")
                .shortPathClosedOn(SUGGESTION, "2025-05-08");
        // B04 PARKING inquiry answered the same day.
        d.opinion("B04", "C01", PHONE).receivedOn("2025-05-08").classifiedAs(INQUIRY, PARKING)
                .shortPathClosedOn(INQUIRY, "2025-05-08");
        // B05 STAFF_ATTITUDE acc Thu May 29; deadline May 30, Jun 3, 4 (Dragon Boat May 31-Jun 2) -> Jun 4; open.
        d.opinion("B05", "C01", PHONE).receivedOn("2025-05-29").validComplaint("STAFF_ATTITUDE")
                .assignedOn("2025-05-29");
        // B06 SECURITY acc Mon May 26; deadline May 27, 28, 29 -> May 29; still investigating: overdue.
        d.opinion("B06", "C01", PHONE).receivedOn("2025-05-26").validComplaint("SECURITY").assignedOn("2025-05-27");
        // B07 invalid NOISE complaint acc and closed Fri May 9.
        d.opinion("B07", "C01", PHONE).receivedOn("2025-05-09").invalidComplaint("NOISE_NEIGHBOURS")
                .invalidConfirmedOn("2025-05-09");
        // B08 praise at the counter.
        d.opinion("B08", "C01", WALK_IN).receivedOn("2025-05-13").classifiedAs(PRAISE, "STAFF_ATTITUDE")
                .shortPathClosedOn(PRAISE, "2025-05-13");
        // B09 PARKING raised on visit V03, acc Thu May 15; deadline May 16, 19, 20 -> May 20;
        // completed May 19; followed up May 20.
        d.opinion("B09", "C01", CUSTOMER_VISIT).onVisit("V03").receivedOn("2025-05-15").validComplaint(PARKING)
                .assignedOn("2025-05-15").completedOn("2025-05-19").followedUpOn("2025-05-20", true, true, true);
        // B10 major FEES complaint taken to the general manager (7 WD), acc Tue May 20;
        // deadline May 21, 22, 23, 26, 27, 28, 29 -> May 29; completed May 28;
        // follow-up due May 29, 30 -> May 30, done May 30 (in time, but past the limit).
        d.opinion("B10", "C01", PHONE).receivedOn("2025-05-20").majorComplaint("FEES_BILLING")
                .escalatedTo(GENERAL_MANAGER, "2025-05-20").assignedOn("2025-05-20").completedOn("2025-05-28")
                .followedUpOn("2025-05-30", true, true, true);
        // B11 LANDSCAPING suggestion on the forum May 26, awaiting assignment.
        d.opinion("B11", "C01", ONLINE_FORUM).followUp(ONLINE).receivedOn("2025-05-26")
                .classifiedAs(SUGGESTION, "LANDSCAPING");
        // B12 REPAIRS acc Fri May 30; deadline Jun 3, 4, 5 -> Jun 5; awaiting assignment.
        d.opinion("B12", "C01", PHONE).receivedOn("2025-05-30").validComplaint(REPAIRS);

        // D01 C02 CLEANING acc Apr 9; deadline Apr 10, 11, 14 -> Apr 14; followed up Apr 11.
        d.opinion("D01", "C02", PHONE).receivedOn("2025-04-09").validComplaint(CLEANING).assignedOn("2025-04-09")
                .completedOn("2025-04-10").followedUpOn("2025-04-11", true, true, true);
        // D02 C02 SECURITY acc Tue Apr 29; deadline Apr 30, May 6, 7 -> May 7; completed May 6;
        // follow-up due May 7, 8 -> May 8, done May 8 (past the limit), result unsatisfied: re-handling
        // cycle 2 opened by that follow-up, completed Fri May 9, followed up Mon May 12 satisfied, closed.
        d.opinion("D02", "C02", PHONE).receivedOn("2025-04-29").validComplaint("SECURITY").assignedOn("2025-04-29")
                .completedOn("2025-05-06").followedUpOn("2025-05-08", true, false, true)
                .completedOn("2025-05-09").followedUpOn("2025-05-12", true, true, true);
        // D03 C02 CLEANING suggestion on the web, closed May 15.
        d.opinion("D03", "C02", WEB).receivedOn("2025-05-14").classifiedAs(SUGGESTION, CLEANING)
                .shortPathClosedOn(SUGGESTION, "2025-05-15");
        // D04 C02 inquiry Apr 30, answered May 6 (spans the month end).
        d.opinion("D04", "C02", PHONE).receivedOn("2025-04-30").classifiedAs(INQUIRY, "OTHER")
                .shortPathClosedOn(INQUIRY, "2025-05-06");
        // G01 GMD FEES referred by the government, acc Mon May 12 (7 WD): deadline May 13, 14, 15,
        // 16, 19, 20, 21 -> May 21; completed May 20; followed up May 21.
        d.opinion("G01", "GMD", GOVERNMENT_REFERRAL).company().followUp(FollowUpMethod.LETTER)
                .receivedOn("2025-05-12").validComplaint("FEES_BILLING").assignedOn("2025-05-12")
                .completedOn("2025-05-20").followedUpOn("2025-05-21", true, true, true);

        // C01's visits: April S1 x2, S2 x4, S3 x0; May S1 x2, S2 x1 (V03, logged once B09 raised on it is
        // received), S3 x3. The supervisor checks April's 6 visits on May 2; May is not checked.
        d.visit("V01", "S1", "C01", "2025-04-10", "2025-04-10T18:00").visit("V02", "S1", "C01", "2025-04-20", "2025-04-20T18:00")
                .visit("V04", "S2", "C01", "2025-04-22", "2025-04-22T18:00").visit("V05", "S2", "C01", "2025-04-23", "2025-04-23T18:00")
                .visit("V06", "S2", "C01", "2025-04-24", "2025-04-24T18:00").visit("V07", "S2", "C01", "2025-04-25", "2025-04-25T18:00")
                .visitCheck("C01", "2025-04", "2025-05-02T10:00")
                .visit("V08", "S1", "C01", "2025-05-06", "2025-05-06T18:00").visit("V09", "S1", "C01", "2025-05-07", "2025-05-07T18:00")
                .visit("V03", "S2", "C01", "2025-05-14", "2025-05-15T18:00", "B09")
                .visit("V10", "S3", "C01", "2025-05-20", "2025-05-20T18:00").visit("V11", "S3", "C01", "2025-05-21", "2025-05-21T18:00")
                .visit("V12", "S3", "C01", "2025-05-22", "2025-05-22T18:00");
        // C01's weekly reviews: the weeks of Mar 31, Apr 7, 14, 28 and May 5, 12 (reviewed twice: the second
        // is the same record, R-4.4.2d7 is one review a week), 19, 26.
        for (String monday : List.of("2025-03-31", "2025-04-07", "2025-04-14", "2025-04-28", "2025-05-05",
                "2025-05-12", "2025-05-12", "2025-05-19", "2025-05-26")) {
            d.weeklyReview("C01", monday, 5);
        }
        return d;
    }

    /** C01's visits as the desk logged them. */
    public static List<VisitRecord> visits() {
        return WRITTEN.storage().visits().find("C01", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
    }

    /** C01's weekly reviews and the supervisor's visit check as the desk recorded them. */
    public static List<ReviewRecord> reviews() {
        return WRITTEN.storage().reviews().find("C01", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
    }

    /** C01's customer-service staff who owe visits. */
    public static Map<String, Set<String>> rosters() {
        return Map.of("C01", Set.of("S1", "S2", "S3"));
    }
}
