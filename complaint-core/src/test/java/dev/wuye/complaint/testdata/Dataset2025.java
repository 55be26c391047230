package dev.wuye.complaint.testdata;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.ReviewRecord;
import dev.wuye.complaint.spi.VisitRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.wuye.complaint.testdata.Cases.base;
import static dev.wuye.complaint.testdata.Cases.cycle;
import static dev.wuye.complaint.testdata.Cases.fu;
import static dev.wuye.complaint.testdata.Cases.t;

/**
 * The fixed dataset of the hand-computed tests: 35 cases of March–May 2025 in centres C01, C02 and
 * the GMD, across Qingming (4–6 Apr), the adjusted working Sunday 27 Apr, Labour Day (1–5 May) and
 * Dragon Boat (31 May – 2 Jun). Comments give each case's deadlines, worked out by hand against the
 * 2025 calendar ("3 WD after D" = the 3rd working day strictly after D).
 */
public final class Dataset2025 {

    private Dataset2025() {
    }

    private static final String V = "VALID";
    private static final String C = "COMPLAINT";

    private static CaseSnapshot closed(CaseSnapshot.Builder b, String day) {
        return b.state("CLOSED").closedAt(t(day + "T18:00")).build();
    }

    private static CaseSnapshot b(CaseSnapshot.Builder b) {
        return b.build();
    }

    /** Every case. */
    public static List<CaseSnapshot> cases() {
        return List.of(
                // M01 REPAIRS acc Mar 20; deadline Mar 21, 24, 25 -> Mar 25; completed Mar 24, followed up Mar 25.
                closed(base("M01", "C01", C, V, "REPAIRS_FACILITIES", "PHONE", "2025-03-20")
                        .cycles(List.of(cycle(1, "2025-03-21", "2025-03-24")))
                        .followUps(List.of(fu(1, "2025-03-25", "PHONE", true, true, true))), "2025-03-25"),
                // M02 CLEANING acc Thu Mar 27; deadline Mar 28, 31, Apr 1 -> Apr 1; open at April end;
                // completed May 12, follow-up due May 13/14 -> May 14, done May 13.
                closed(base("M02", "C01", C, V, "CLEANING_ENVIRONMENT", "PHONE", "2025-03-27")
                        .cycles(List.of(cycle(1, "2025-03-28", "2025-05-12")))
                        .followUps(List.of(fu(1, "2025-05-13", "PHONE", false, true, true))), "2025-05-13"),

                // A01 REPAIRS acc Thu Apr 3; deadline Apr 7, 8, 9 -> Apr 9 (Qingming 4-6 skipped).
                // completed Apr 7; follow-up due Apr 8, 9 -> Apr 9; done Apr 8.
                closed(base("A01", "C01", C, V, "REPAIRS_FACILITIES", "PHONE", "2025-04-03")
                        .cycles(List.of(cycle(1, "2025-04-03", "2025-04-07")))
                        .followUps(List.of(fu(1, "2025-04-08", "PHONE", true, true, true))), "2025-04-08"),
                // A02 REPAIRS acc Wed Apr 2; deadline Apr 3, 7, 8 -> Apr 8; completed Apr 9; followed up Apr 10 (late).
                closed(base("A02", "C01", C, V, "REPAIRS_FACILITIES", "WEB", "2025-04-02")
                        .cycles(List.of(cycle(1, "2025-04-02", "2025-04-09")))
                        .followUps(List.of(fu(1, "2025-04-10", "PHONE", false, true, true))), "2025-04-10"),
                // A03 SECURITY acc Tue Apr 1; deadline Apr 2, 3, 7 -> Apr 7; completed Thu Apr 3,
                // follow-up due Apr 7, 8 -> Apr 8, done Apr 8 (in time, but past the time limit);
                // unsatisfied -> cycle 2 assigned Apr 9, completed Apr 11, followed up Apr 14.
                closed(base("A03", "C01", C, V, "SECURITY", "WALK_IN", "2025-04-01")
                        .cycles(List.of(cycle(1, "2025-04-01", "2025-04-03"), cycle(2, "2025-04-09", "2025-04-11")))
                        .followUps(List.of(fu(1, "2025-04-08", "PHONE", true, false, true),
                                fu(2, "2025-04-14", "PHONE", true, true, true))), "2025-04-14"),
                // A04 invalid NOISE complaint acc Apr 7, confirmed and closed Apr 8 (no handling cycle).
                closed(base("A04", "C01", C, "INVALID", "NOISE_NEIGHBOURS", "PHONE", "2025-04-07")
                        .invalidConfirmedBy("HEAD1"), "2025-04-08"),
                // A05 inquiry, answered the same day.
                closed(base("A05", "C01", "INQUIRY", null, "FEES_BILLING", "PHONE", "2025-04-10"), "2025-04-10"),
                // A06 praise by letter, passed on the same day.
                closed(base("A06", "C01", "PRAISE", null, "STAFF_ATTITUDE", "LETTER", "2025-04-11"), "2025-04-11"),
                // A07 suggestion on the owners' forum: a suggestion needs no follow-up (R-4.4.2a), so it is
                // closed when handling completes, Apr 16, and no online reply is posted.
                closed(base("A07", "C01", "SUGGESTION", null, "LANDSCAPING", "ONLINE_FORUM", "2025-04-14")
                        .followUpChannel("ONLINE").cycles(List.of(cycle(1, "2025-04-14", "2025-04-16")))
                        .closure("COMPLETED"), "2025-04-16"),
                // A08 LANDSCAPING complaint on the forum, acc Mon Apr 21; deadline Apr 22, 23, 24 -> Apr 24;
                // completed Apr 23; the centre director approves the online reply Apr 24, which writes the
                // follow-up with no answer (as Case#approveOnlineReply does) and closes the case.
                b(base("A08", "C01", C, V, "LANDSCAPING", "ONLINE_FORUM", "2025-04-21")
                        .followUpChannel("ONLINE").cycles(List.of(cycle(1, "2025-04-21", "2025-04-23")))
                        .followUps(List.of(new FollowUpEntry(1, t("2025-04-24"), "R1", "ONLINE", null, null, null,
                                "online reply approved by HEAD1")))
                        .onlineReplyText("您反映的绿化问题已处理完毕").onlineReplyApprovedBy("HEAD1")
                        .onlineReplyPostedAt(t("2025-04-24")).closure("ONLINE_REPLY_POSTED").state("CLOSED")
                        .closedAt(t("2025-04-24"))),
                // A09 PARKING acc Fri Apr 25; deadline Sun Apr 27 (adjusted working day), 28, 29 -> Apr 29;
                // completed Apr 30; follow-up due May 6, 7 (Labour Day 1-5 skipped) -> May 7, done May 6.
                closed(base("A09", "C01", C, V, "PARKING_VEHICLES", "PHONE", "2025-04-25")
                        .cycles(List.of(cycle(1, "2025-04-25", "2025-04-30")))
                        .followUps(List.of(fu(1, "2025-05-06", "PHONE", false, true, true))), "2025-05-06"),
                // A10 CLEANING acc Mon Apr 28; deadline Apr 29, 30, May 6 -> May 6; completed Apr 29; followed up Apr 30.
                closed(base("A10", "C01", C, V, "CLEANING_ENVIRONMENT", "PHONE", "2025-04-28")
                        .cycles(List.of(cycle(1, "2025-04-28", "2025-04-29")))
                        .followUps(List.of(fu(1, "2025-04-30", "PHONE", true, true, true))), "2025-04-30"),
                // A11 major SECURITY complaint, to the department head, corrective action opened;
                // acc Tue Apr 15; deadline Apr 16, 17, 18 -> Apr 18; completed Apr 17; followed up Apr 18.
                closed(base("A11", "C01", C, V, "SECURITY", "PHONE", "2025-04-15").major(true)
                        .escalationLevel("DEPARTMENT_HEAD").correctiveAction(true)
                        .cycles(List.of(cycle(1, "2025-04-15", "2025-04-17")))
                        .followUps(List.of(fu(1, "2025-04-18", "PHONE", true, true, true))), "2025-04-18"),
                // A12 REPAIRS secondary complaint acc Tue Apr 8; deadline Apr 9, 10, 11 -> Apr 11;
                // completed Apr 10; followed up Apr 11 (attitude unsatisfied).
                closed(base("A12", "C01", C, V, "REPAIRS_FACILITIES", "PHONE", "2025-04-08").secondaryComplaint(true)
                        .cycles(List.of(cycle(1, "2025-04-08", "2025-04-10")))
                        .followUps(List.of(fu(1, "2025-04-11", "PHONE", true, true, false))), "2025-04-11"),
                // A13 FEES by letter to the company (GMD, 7 WD): acc Wed Apr 2; deadline Apr 3, 7, 8, 9, 10, 11, 14
                // -> Apr 14; completed Fri Apr 11; follow-up due Apr 14, 15 -> Apr 15, done Apr 15 (past the limit).
                closed(base("A13", "GMD", C, V, "FEES_BILLING", "LETTER", "2025-04-02").acceptingLevel("COMPANY")
                        .cycles(List.of(cycle(1, "2025-04-03", "2025-04-11")))
                        .followUps(List.of(fu(1, "2025-04-15", "LETTER", true, true, true))), "2025-04-15"),
                // A14 DECORATION escalated to the GMD (7 WD) acc Tue Apr 22; deadline Apr 23, 24, 25, Sun 27, 28, 29,
                // 30 -> Apr 30; completed Apr 29; follow-up due Apr 30, May 6 -> May 6; done May 7 (late).
                closed(base("A14", "C01", C, V, "DECORATION", "PHONE", "2025-04-22").escalationLevel("GMD")
                        .cycles(List.of(cycle(1, "2025-04-22", "2025-04-29")))
                        .followUps(List.of(fu(1, "2025-05-07", "PHONE", true, true, true))), "2025-05-07"),
                // A15 registered off hours by the duty officer Apr 30, not classified yet: open.
                base("A15", "C01", C, null, "OTHER", "PHONE", "2025-04-30").dutyRegistration(true)
                        .receiverId(null).state("DUTY_REGISTERED").build(),
                // A16 PARKING, no follow-up channel: acc Wed Apr 16; deadline Apr 17, 18, 21 -> Apr 21;
                // completed Fri Apr 18 (measured to completion); awaits the recurrence check: open.
                base("A16", "C01", C, V, "PARKING_VEHICLES", "PHONE", "2025-04-16").followUpChannel("NONE")
                        .state("AWAITING_FOLLOW_UP").cycles(List.of(cycle(1, "2025-04-16", "2025-04-18"))).build(),

                // B01 REPAIRS acc Tue May 6; deadline May 7, 8, 9 -> May 9; completed May 8; followed up May 9.
                closed(base("B01", "C01", C, V, "REPAIRS_FACILITIES", "PHONE", "2025-05-06")
                        .cycles(List.of(cycle(1, "2025-05-06", "2025-05-08")))
                        .followUps(List.of(fu(1, "2025-05-09", "PHONE", true, true, true))), "2025-05-09"),
                // B02 CLEANING acc Mon May 12; deadline May 13, 14, 15 -> May 15; completed May 14;
                // follow-up due May 15, 16 -> May 16, done Mon May 19 (late), unsatisfied -> cycle 2
                // assigned May 20, completed May 22, followed up May 23.
                closed(base("B02", "C01", C, V, "CLEANING_ENVIRONMENT", "WALK_IN", "2025-05-12")
                        .cycles(List.of(cycle(1, "2025-05-12", "2025-05-14"), cycle(2, "2025-05-20", "2025-05-22")))
                        .followUps(List.of(fu(1, "2025-05-19", "PHONE", false, false, true),
                                fu(2, "2025-05-23", "PHONE", true, true, true))), "2025-05-23"),
                // B03 SECURITY suggestion on the web, answered and closed May 8 (no handling cycle).
                closed(base("B03", "C01", "SUGGESTION", null, "SECURITY", "WEB", "2025-05-07"), "2025-05-08"),
                // B04 PARKING inquiry answered the same day.
                closed(base("B04", "C01", "INQUIRY", null, "PARKING_VEHICLES", "PHONE", "2025-05-08"), "2025-05-08"),
                // B05 STAFF_ATTITUDE acc Thu May 29; deadline May 30, Jun 3, 4 (Dragon Boat May 31-Jun 2) -> Jun 4; open.
                base("B05", "C01", C, V, "STAFF_ATTITUDE", "PHONE", "2025-05-29").state("INVESTIGATING")
                        .cycles(List.of(cycle(1, "2025-05-29", null))).build(),
                // B06 SECURITY acc Mon May 26; deadline May 27, 28, 29 -> May 29; still investigating: overdue.
                base("B06", "C01", C, V, "SECURITY", "PHONE", "2025-05-26").state("INVESTIGATING")
                        .cycles(List.of(cycle(1, "2025-05-27", null))).build(),
                // B07 invalid NOISE complaint acc and closed Fri May 9.
                closed(base("B07", "C01", C, "INVALID", "NOISE_NEIGHBOURS", "PHONE", "2025-05-09")
                        .invalidConfirmedBy("HEAD1"), "2025-05-09"),
                // B08 praise at the counter.
                closed(base("B08", "C01", "PRAISE", null, "STAFF_ATTITUDE", "WALK_IN", "2025-05-13"), "2025-05-13"),
                // B09 PARKING raised on visit V03, acc Thu May 15; deadline May 16, 19, 20 -> May 20;
                // completed May 19; followed up May 20.
                closed(base("B09", "C01", C, V, "PARKING_VEHICLES", "CUSTOMER_VISIT", "2025-05-15").visitId("V03")
                        .cycles(List.of(cycle(1, "2025-05-15", "2025-05-19")))
                        .followUps(List.of(fu(1, "2025-05-20", "PHONE", true, true, true))), "2025-05-20"),
                // B10 major FEES complaint taken to the general manager (7 WD), acc Tue May 20;
                // deadline May 21, 22, 23, 26, 27, 28, 29 -> May 29; completed May 28;
                // follow-up due May 29, 30 -> May 30, done May 30 (in time, but past the limit).
                closed(base("B10", "C01", C, V, "FEES_BILLING", "PHONE", "2025-05-20").major(true)
                        .escalationLevel("GENERAL_MANAGER")
                        .cycles(List.of(cycle(1, "2025-05-20", "2025-05-28")))
                        .followUps(List.of(fu(1, "2025-05-30", "PHONE", true, true, true))), "2025-05-30"),
                // B11 LANDSCAPING suggestion on the forum May 26, awaiting assignment.
                base("B11", "C01", "SUGGESTION", null, "LANDSCAPING", "ONLINE_FORUM", "2025-05-26")
                        .followUpChannel("ONLINE").build(),
                // B12 REPAIRS acc Fri May 30; deadline Jun 3, 4, 5 -> Jun 5; awaiting assignment.
                base("B12", "C01", C, V, "REPAIRS_FACILITIES", "PHONE", "2025-05-30").build(),

                // D01 C02 CLEANING acc Apr 9; deadline Apr 10, 11, 14 -> Apr 14; followed up Apr 11.
                closed(base("D01", "C02", C, V, "CLEANING_ENVIRONMENT", "PHONE", "2025-04-09")
                        .cycles(List.of(cycle(1, "2025-04-09", "2025-04-10")))
                        .followUps(List.of(fu(1, "2025-04-11", "PHONE", true, true, true))), "2025-04-11"),
                // D02 C02 SECURITY acc Tue Apr 29; deadline Apr 30, May 6, 7 -> May 7; completed May 6;
                // follow-up due May 7, 8 -> May 8, done May 8 (past the limit).
                closed(base("D02", "C02", C, V, "SECURITY", "PHONE", "2025-04-29")
                        .cycles(List.of(cycle(1, "2025-04-29", "2025-05-06")))
                        .followUps(List.of(fu(1, "2025-05-08", "PHONE", true, false, true))), "2025-05-08"),
                // D03 C02 CLEANING suggestion on the web, closed May 15.
                closed(base("D03", "C02", "SUGGESTION", null, "CLEANING_ENVIRONMENT", "WEB", "2025-05-14"), "2025-05-15"),
                // D04 C02 inquiry Apr 30, answered May 6 (spans the month end).
                closed(base("D04", "C02", "INQUIRY", null, "OTHER", "PHONE", "2025-04-30"), "2025-05-06"),
                // G01 GMD FEES referred by the government, acc Mon May 12 (7 WD): deadline May 13, 14, 15,
                // 16, 19, 20, 21 -> May 21; completed May 20; followed up May 21.
                closed(base("G01", "GMD", C, V, "FEES_BILLING", "GOVERNMENT_REFERRAL", "2025-05-12")
                        .acceptingLevel("COMPANY").cycles(List.of(cycle(1, "2025-05-12", "2025-05-20")))
                        .followUps(List.of(fu(1, "2025-05-21", "LETTER", true, true, true))), "2025-05-21"));
    }

    private static VisitRecord visit(String id, String staff, String day) {
        return new VisitRecord(id, staff, "C01", LocalDate.parse(day),
                new CustomerData("李四", "13900001111", "5栋1单元0302"), "visit notes",
                "V03".equals(id) ? List.of("B09") : List.of(), null);
    }

    /**
     * C01's visits: April S1 ×2, S2 ×4, S3 ×0; May S1 ×2, S2 ×1, S3 ×3.
     */
    public static List<VisitRecord> visits() {
        return List.of(visit("V01", "S1", "2025-04-10"), visit("V02", "S1", "2025-04-20"),
                visit("V04", "S2", "2025-04-22"), visit("V05", "S2", "2025-04-23"),
                visit("V06", "S2", "2025-04-24"), visit("V07", "S2", "2025-04-25"),
                visit("V03", "S2", "2025-05-14"), visit("V08", "S1", "2025-05-06"), visit("V09", "S1", "2025-05-07"),
                visit("V10", "S3", "2025-05-20"), visit("V11", "S3", "2025-05-21"), visit("V12", "S3", "2025-05-22"));
    }

    private static ReviewRecord weekly(String id, String monday) {
        return new ReviewRecord(id, "C01", "HEAD1", "WEEKLY_FORMS", LocalDate.parse(monday),
                t(monday + "T17:00"), 5, null);
    }

    /**
     * C01's reviews: weekly reviews for the weeks of Mar 31, Apr 7, 14, 28 and May 5, 12 (twice), 19, 26;
     * the supervisor's visit check for April only.
     */
    public static List<ReviewRecord> reviews() {
        return List.of(weekly("W0331", "2025-03-31"), weekly("W0407", "2025-04-07"), weekly("W0414", "2025-04-14"),
                weekly("W0428", "2025-04-28"), weekly("W0505", "2025-05-05"), weekly("W0512", "2025-05-12"),
                weekly("W0512b", "2025-05-12"), weekly("W0519", "2025-05-19"), weekly("W0526", "2025-05-26"),
                new ReviewRecord("MV-C01-2025-04", "C01", "SUP1", "MONTHLY_VISITS", LocalDate.parse("2025-04-01"),
                        t("2025-05-02T10:00"), 6, null));
    }

    /** C01's customer-service staff who owe visits. */
    public static Map<String, Set<String>> rosters() {
        return Map.of("C01", Set.of("S1", "S2", "S3"));
    }
}
