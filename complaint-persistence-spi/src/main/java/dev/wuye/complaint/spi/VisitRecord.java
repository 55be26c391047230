package dev.wuye.complaint.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One customer visit (走访) in the visit log 《走访客户记录表》.
 *
 * @param id          unique id
 * @param staffId     the customer-service employee who visited
 * @param department  the service centre
 * @param date        the visit date
 * @param customer    who was visited; personal data
 * @param notes       what was discussed, at most {@link CaseSnapshot#MAX_TEXT_LENGTH} characters
 * @param opinionIds  ids of the cases opened from opinions raised on the visit
 * @param checkedBy   the customer-service supervisor who checked it; nullable
 */
public record VisitRecord(String id, String staffId, String department, LocalDate date, CustomerData customer,
                          String notes, List<String> opinionIds, String checkedBy) {

    public VisitRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(customer, "customer");
        notes = Objects.requireNonNullElse(notes, "");
        opinionIds = List.copyOf(Objects.requireNonNullElse(opinionIds, List.of()));
    }
}
