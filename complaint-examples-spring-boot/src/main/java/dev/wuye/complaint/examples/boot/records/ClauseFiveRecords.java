package dev.wuye.complaint.examples.boot.records;

import dev.wuye.complaint.classification.CategoryTaxonomy;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.report.ClauseFiveViews;
import dev.wuye.complaint.report.Form;
import dev.wuye.complaint.report.ReportTable;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.ReportSubmission;
import dev.wuye.complaint.spi.Storage;
import dev.wuye.complaint.statistics.MonthlyReportService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A department's clause-5 record of a month, in full, from the library's views ({@link ClauseFiveViews}):
 * the case records of the opinions accepted in the month, the visits and duty entries dated in it, and the
 * month's analysis table with the head's signed summary when submitted. Masking is the caller's
 * ({@link dev.wuye.complaint.examples.boot.security.PersonalData#export}).
 */
@Component
public class ClauseFiveRecords {

    /** How many cases one page of the store reads. */
    private static final int PAGE_SIZE = 200;

    private final ComplaintDesk desk;
    private final ClauseFiveViews views;

    /**
     * @param desk the desk (its storage and monthly table); times are shown in the storage's zone
     */
    public ClauseFiveRecords(ComplaintDesk desk) {
        this.desk = desk;
        this.views = new ClauseFiveViews(desk.storage().zone(), CategoryTaxonomy.propertyManagement());
    }

    /**
     * A record of a department's month, every cell in full.
     *
     * @param form       the form
     * @param department the department
     * @param month      the month
     * @return the table
     */
    public ReportTable table(Form form, String department, YearMonth month) {
        Storage storage = desk.storage();
        LocalDate from = month.atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        CaseQuery accepted = new CaseQuery(department, from, to, null, false);
        return switch (form) {
            case INTAKE_LOG -> ClauseFiveViews.table(form, views.intakeLog(cases(storage, accepted)));
            case HANDLING_FORM -> ClauseFiveViews.table(form, views.handlingForms(cases(storage, accepted)));
            case VISIT_LOG -> ClauseFiveViews.table(form, views.visitLog(storage.visits().find(department, from, to)));
            case MONTHLY_TABLE -> ClauseFiveViews.table(form, views.monthlyTable(desk.monthlyTable(department, month),
                    submission(storage, department, month)));
            case DUTY_HANDOVER_LOG -> ClauseFiveViews.table(form,
                    views.dutyHandoverLog(storage.dutyLog().find(department, from, to)));
            case COMPLAINT_FOLLOW_UP_REGISTER -> ClauseFiveViews.table(form,
                    views.followUpRegister(cases(storage, accepted)));
            case CUSTOMER_COMMUNICATION -> ClauseFiveViews.table(form,
                    views.customerCommunication(cases(storage, accepted)));
        };
    }

    private static Stream<CaseSnapshot> cases(Storage storage, CaseQuery query) {
        return storage.cases().stream(query, PAGE_SIZE);
    }

    /** The head's latest signed submission of the month's table (submitted in the month or up to two after). */
    private static Optional<ReportSubmission> submission(Storage storage, String department, YearMonth month) {
        return storage.submissions().find(department, month.atDay(1), month.plusMonths(3).atDay(1)).stream()
                .filter(s -> MonthlyReportService.MONTHLY_TABLE.equals(s.kind()) && month.toString().equals(s.period()))
                .max(Comparator.comparing(ReportSubmission::submittedAt));
    }
}
