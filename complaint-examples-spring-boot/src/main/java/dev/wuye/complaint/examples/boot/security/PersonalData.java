package dev.wuye.complaint.examples.boot.security;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.report.Column;
import dev.wuye.complaint.report.ReportTable;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.Masking;
import dev.wuye.complaint.spi.NoteEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Who sees a customer's phone number and address in full (PIPL-minded: only who needs them for the work,
 * only where they need them). Masked means {@link Masking}: {@code 13812345678 → 138****5678},
 * {@code 3栋2单元501 → 3栋***}; the customer's name is shown as given.
 *
 * <ul>
 *   <li><b>The case page / case view</b> ({@link #caseView}): the case's receiver ({@code receiverId}, or
 *       {@code recordedBy} — who took the call) and the staff it is assigned to (the {@code handlerIds} of any
 *       handling cycle) see them in full: they call the customer back and go to the door. Everyone else — the
 *       head, the supervisors, the GMD, the general manager — sees them masked, and with them any number of
 *       seven or more digits written into the case's free texts.</li>
 *   <li><b>Lists, boards and logs</b> ({@link #listed}, {@link #masked(CustomerData)}): always masked, whoever
 *       looks.</li>
 *   <li><b>Exports</b> of the records of clause 5 ({@link #export}): in full only for the roles that call
 *       customers back for the whole department — a {@link Role#RECEIVER receiver} or a
 *       {@link Role#DUTY_OFFICER duty officer} of the department exported (R-4.4.2b: the receiver follows up
 *       in the way the customer chose; R-4.2.4a: the duty officer registers off-hours calls and hands them over). Heads, supervisors,
 *       GMD staff, the management representative and the general manager review, count and sign; for that a
 *       masked number and address suffice, so their exports are masked. Handlers are not in the list: they see
 *       their own cases in full on the case page, which is all their work needs. In a masked export, runs of
 *       seven or more digits in free-text cells (a number written into a summary or a note) are masked too.</li>
 *   <li><b>The monthly table and statistics</b> never carry personal data at all (they count; nothing to
 *       mask).</li>
 * </ul>
 */
@Component
public class PersonalData {

    /** The columns of the clause-5 forms that hold a phone number. */
    static final Set<String> PHONE_COLUMNS = Set.of("customerPhone");
    /** The columns of the clause-5 forms that hold an address. */
    static final Set<String> ADDRESS_COLUMNS = Set.of("customerAddress");
    /** Free-text columns in which a person may have written a number. */
    static final Set<String> FREE_TEXT_COLUMNS = Set.of("contentSummary", "text", "notes", "investigation",
            "analysis", "solution", "result", "remarks", "reHandlingResult", "sameProblemElsewhere");
    /** Seven or more digits in a row, possibly with a leading {@code +}: a phone number written into text. */
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("\\+?\\d{7,}");

    /** Creates the policy. */
    public PersonalData() {
    }

    /**
     * Whether this person sees the customer's data of this case in full on the case page.
     *
     * @param actor the signed-in person
     * @param c     the case
     * @return {@code true} for the case's receiver and its handlers
     */
    public boolean seesInFull(Actor actor, CaseSnapshot c) {
        if (actor == null || c == null || actor.staffId() == null) {
            return false;
        }
        if (actor.staffId().equals(c.receiverId()) || actor.staffId().equals(c.recordedBy())) {
            return true;
        }
        return c.cycles() != null && c.cycles().stream().anyMatch(cycle -> cycle.handlerIds() != null
                && cycle.handlerIds().contains(actor.staffId()));
    }

    /**
     * The customer as this person may see it on the case page.
     *
     * @param actor the signed-in person
     * @param c     the case
     * @return the customer in full or masked; {@code null} for an anonymous opinion
     */
    public CustomerData customer(Actor actor, CaseSnapshot c) {
        CustomerData data = c.customer();
        if (data == null || seesInFull(actor, c)) {
            return data;
        }
        return masked(data);
    }

    /**
     * The case as this person may see it on the case page (or in the JSON API's case view and in the case a
     * command answers with): the same snapshot, its customer in full or masked by {@link #seesInFull}.
     *
     * @param actor the signed-in person; {@code null} for nobody (masked)
     * @param c     the case
     * @return the case to show
     */
    public CaseSnapshot caseView(Actor actor, CaseSnapshot c) {
        if (c == null || seesInFull(actor, c)) {
            return c;
        }
        return listed(c);
    }

    /**
     * The case as a list, a board or a log shows it: its customer masked, whoever looks; and numbers of seven
     * or more digits someone wrote into its free texts (summary, notes, handling texts, follow-up remarks, the
     * online reply) masked like a phone number.
     *
     * @param c the case
     * @return the case with its customer masked
     */
    public static CaseSnapshot listed(CaseSnapshot c) {
        if (c == null) {
            return null;
        }
        return c.toBuilder()
                .customer(masked(c.customer()))
                .contentSummary(numbersMasked(c.contentSummary()))
                .notes(c.notes().stream().map(n -> new NoteEntry(n.at(), n.authorId(), n.kind(),
                        numbersMasked(n.text()))).toList())
                .cycles(c.cycles().stream().map(PersonalData::numbersMasked).toList())
                .followUps(c.followUps().stream().map(f -> new FollowUpEntry(f.cycle(), f.at(), f.byStaffId(),
                        f.method(), f.timely(), f.resultSatisfied(), f.attitudeSatisfied(),
                        numbersMasked(f.remarks()))).toList())
                .onlineReplyText(numbersMasked(c.onlineReplyText()))
                .build();
    }

    private static HandlingCycle numbersMasked(HandlingCycle h) {
        return new HandlingCycle(h.number(), h.handlerIds(), h.assignedBy(), h.assignedAt(),
                numbersMasked(h.investigation()), h.onSiteVerified(), numbersMasked(h.analysis()),
                numbersMasked(h.sameProblemElsewhere()), numbersMasked(h.solution()), h.solutionProposedBy(),
                h.solutionProposedAt(), h.approvedBy(), h.approvedAt(), numbersMasked(h.result()), h.resultSignedBy(),
                h.completedAt());
    }

    /**
     * The customer masked, as lists, boards, exports and logs show it.
     *
     * @param data the customer, may be {@code null}
     * @return the masked customer, or {@code null}
     */
    public static CustomerData masked(CustomerData data) {
        if (data == null) {
            return null;
        }
        return new CustomerData(data.name(), Masking.phone(data.phone()), Masking.address(data.address()));
    }

    /**
     * Whether this person's export of a department's clause-5 records shows phone numbers and addresses in
     * full: a receiver or a duty officer of that department (they call the department's customers back);
     * nobody else, and nobody for another department's records.
     *
     * @param actor      the signed-in person
     * @param department the department whose records are exported
     * @return {@code true} when the export is in full
     */
    public boolean exportsInFull(Actor actor, String department) {
        return actor != null && department != null && department.equals(actor.department())
                && (actor.has(Role.RECEIVER) || actor.has(Role.DUTY_OFFICER));
    }

    /**
     * A clause-5 record as this person may download it: in full by {@link #exportsInFull}, else
     * {@link #masked(ReportTable) masked}.
     *
     * @param actor      the signed-in person
     * @param department the department whose records these are
     * @param table      the record with every cell in full
     * @return the record to hand out
     */
    public ReportTable export(Actor actor, String department, ReportTable table) {
        return exportsInFull(actor, department) ? table : masked(table);
    }

    /**
     * A clause-5 record masked: the phone and address columns by {@link Masking}, and numbers of seven or
     * more digits in its free-text columns.
     *
     * @param table the record in full
     * @return the record masked
     */
    public static ReportTable masked(ReportTable table) {
        List<Column> columns = table.columns();
        List<List<String>> rows = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                cells.add(maskedCell(columns.get(i).key(), row.get(i)));
            }
            rows.add(cells);
        }
        return new ReportTable(table.form(), columns, rows);
    }

    private static String maskedCell(String key, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (PHONE_COLUMNS.contains(key)) {
            return Masking.phone(value);
        }
        if (ADDRESS_COLUMNS.contains(key)) {
            return Masking.address(value);
        }
        if (FREE_TEXT_COLUMNS.contains(key)) {
            return numbersMasked(value);
        }
        return value;
    }

    /**
     * A text with every run of seven or more digits masked like a phone number.
     *
     * @param text the text, may be {@code null}
     * @return the text masked
     */
    public static String numbersMasked(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBER_IN_TEXT.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Masking.phone(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
