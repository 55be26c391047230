package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.spi.CaseSnapshot;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Where a received opinion goes: the handling department, the level that accepts it (R-4.7.1/4.7.2)
 * and the receiver it is passed to when the recorder is not that department's receiver (R-4.2.1a).
 * Validated as the properties {@code routing.department}, {@code routing.acceptingLevel} and
 * {@code routing.receiverId}.
 *
 * @param department     the handling department (the GMD's id for company-level opinions, R-3.2)
 * @param acceptingLevel service centre or company (R-4.7.1/4.7.2)
 * @param receiverId     the receiver it is passed to; {@code null} when the recorder is the
 *                       department's receiver
 */
public record Routing(
        @NotBlank(message = "{wuye.routing.department.required}")
        @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.routing.department.size}") String department,
        @NotNull(message = "{wuye.routing.acceptingLevel.required}") AcceptingLevel acceptingLevel,
        @Size(max = CaseSnapshot.MAX_ID_LENGTH, message = "{wuye.routing.receiverId.size}") String receiverId) {

    /**
     * An opinion a service centre accepts, kept by the recorder when they are its receiver.
     *
     * @param department the service centre
     * @return the routing
     */
    public static Routing serviceCentre(String department) {
        return new Routing(department, AcceptingLevel.SERVICE_CENTRE, null);
    }

    /**
     * A company-level opinion, handled by the general management department.
     *
     * @param gmd the general management department's id
     * @return the routing
     */
    public static Routing company(String gmd) {
        return new Routing(gmd, AcceptingLevel.COMPANY, null);
    }

    /**
     * The same routing, passed to a receiver of the department (R-4.2.1a).
     *
     * @param receiver the receiver's staff id
     * @return the routing
     */
    public Routing passedTo(String receiver) {
        return new Routing(department, acceptingLevel, receiver);
    }
}
