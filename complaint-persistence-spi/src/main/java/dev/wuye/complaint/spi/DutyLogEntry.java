package dev.wuye.complaint.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the duty handover log 《值班交接班记录表》 (R-4.2.4a, R-4.3.1g/h).
 *
 * @param id             unique id
 * @param department     the service centre
 * @param dutyOfficerId  the duty officer
 * @param at             when
 * @param kind           REGISTERED, HANDLED, PASSED_ON, REPORTED_MAJOR, FED_BACK, HANDED_OVER
 * @param caseId    the case it concerns; nullable for a general entry
 * @param text           what happened, at most {@link CaseSnapshot#MAX_TEXT_LENGTH} characters
 */
public record DutyLogEntry(String id, String department, String dutyOfficerId, Instant at, String kind,
                           String caseId, String text) {

    public DutyLogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(dutyOfficerId, "dutyOfficerId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
