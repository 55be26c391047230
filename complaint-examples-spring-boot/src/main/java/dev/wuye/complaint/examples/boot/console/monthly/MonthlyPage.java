package dev.wuye.complaint.examples.boot.console.monthly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the monthly table page shows: a department's table (or the company roll-up) of a month, in the
 * reader's language, with the previous month beside it. No customer data.
 *
 * @param department the department; {@code null} for the company roll-up
 * @param month      the month
 * @param previous   the month before
 * @param figures    every figure of the table, in table order
 * @param charts     the charts
 * @param overdue    the valid complaints open past their limit at the month end (ids, dates, states only)
 * @param submission the head's signed submission; {@code null} while not submitted (or for the company)
 * @param dueDate    when the table is due
 * @param maySign    whether the reader may sign and submit it (the desk's own policy says so)
 * @param centres    the departments whose tables the reader may open from here (company-wide readers)
 * @param records    the record downloads of clause 5 for the department and month
 */
public record MonthlyPage(String department, YearMonth month, YearMonth previous, List<Figure> figures,
                          List<BarChart> charts, List<Overdue> overdue, Signature submission, LocalDate dueDate,
                          boolean maySign, List<String> centres, List<RecordLink> records) {

    /**
     * One figure, this month and last.
     *
     * @param metric   the figure's code
     * @param label    its name in the reader's language
     * @param current  this month's figure as on the form ({@code 12}, {@code 3/4 (75.0%)})
     * @param previous last month's
     * @param change   this month minus last ({@code +2}, {@code -12.5 pp}); {@code —} when either is undefined
     */
    public record Figure(String metric, String label, String current, String previous, String change) {
    }

    /**
     * A valid complaint open past its time limit at the month end.
     *
     * @param caseId         the case
     * @param acceptanceDate when it was accepted
     * @param deadline       the last day of its time limit
     * @param state          where it stands, in words
     */
    public record Overdue(String caseId, LocalDate acceptanceDate, LocalDate deadline, String state) {
    }

    /**
     * The head's signature on the table.
     *
     * @param signedBy    who signed
     * @param submittedAt when, in the office's zone
     * @param summary     the head's summary
     * @param late        whether it came after the due date
     */
    public record Signature(String signedBy, ZonedDateTime submittedAt, String summary, boolean late) {
    }

    /**
     * A record of clause 5 to download.
     *
     * @param form  the form's name in the address ({@code intake-log})
     * @param title its title in the reader's language
     */
    public record RecordLink(String form, String title) {
    }

    /** Whether this is the company roll-up. */
    public boolean company() {
        return department == null;
    }
}
