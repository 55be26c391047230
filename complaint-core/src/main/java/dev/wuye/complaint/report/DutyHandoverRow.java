package dev.wuye.complaint.report;

import java.util.List;

/**
 * A line of the duty handover log 《值班交接班记录表》 (R-4.2.4a, R-4.3.1g/h). The text may hold
 * personal data the duty officer wrote; {@link #toString()} leaves it out.
 *
 * @param at            when
 * @param department    the centre
 * @param dutyOfficerId the duty officer
 * @param kind          entry kind
 * @param caseId        the case, or empty
 * @param text          what happened
 */
public record DutyHandoverRow(String at, String department, String dutyOfficerId, String kind, String caseId,
                              String text) implements FormRow {

    @Override
    public List<String> cells() {
        return List.of(at, department, dutyOfficerId, kind, caseId, text);
    }

    @Override
    public String toString() {
        return "DutyHandoverRow[at=" + at + ", department=" + department + ", kind=" + kind + ", caseId=" + caseId
                + ", text=" + text.length() + " chars]";
    }
}
