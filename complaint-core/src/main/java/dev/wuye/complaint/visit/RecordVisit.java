package dev.wuye.complaint.visit;

import dev.wuye.complaint.spi.CustomerData;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Command: write a customer visit into the visit log.
 *
 * @param visitId    client-chosen id; recording the same id twice stores it once
 * @param staffId    who visited
 * @param department the service centre
 * @param date       the visit date
 * @param customer   who was visited; personal data
 * @param notes      what was discussed
 * @param opinionIds cases already opened from opinions raised on the visit; may be empty
 */
public record RecordVisit(String visitId, String staffId, String department, LocalDate date, CustomerData customer,
                          String notes, List<String> opinionIds) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public RecordVisit {
        opinionIds = List.copyOf(Objects.requireNonNullElse(opinionIds, List.of()));
    }

    @Override
    public String toString() {
        return "RecordVisit[visitId=" + visitId + ", staffId=" + staffId + ", department=" + department
                + ", date=" + date + ", customer=" + customer + ", notes=" + (notes == null ? 0 : notes.length())
                + " chars]";
    }
}
