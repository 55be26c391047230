package dev.wuye.complaint.visit;

import dev.wuye.complaint.spi.CustomerData;

import java.util.Objects;

/**
 * What the desk needs to open a case from an opinion raised on a visit: it is handled
 * and followed up like any other, with channel {@link #CHANNEL} and the visit id.
 *
 * @param visitId    the visit
 * @param department the service centre that handles it
 * @param staffId    who visited (records the opinion, R-4.2.1a)
 * @param customer   the customer visited; personal data
 * @param channel    always {@link #CHANNEL}
 */
public record VisitOpinionSource(String visitId, String department, String staffId, CustomerData customer,
                                 String channel) {

    /** The intake channel code of opinions raised on a visit. */
    public static final String CHANNEL = "CUSTOMER_VISIT";

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public VisitOpinionSource {
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(customer, "customer");
        if (!CHANNEL.equals(channel)) {
            throw new IllegalArgumentException("channel must be " + CHANNEL + " (R-4.5.2), was " + channel);
        }
    }

    @Override
    public String toString() {
        return "VisitOpinionSource[visitId=" + visitId + ", department=" + department + ", staffId=" + staffId
                + ", customer=" + customer + "]";
    }
}
