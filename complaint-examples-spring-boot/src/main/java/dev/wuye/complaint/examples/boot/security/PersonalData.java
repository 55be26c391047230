package dev.wuye.complaint.examples.boot.security;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.Masking;
import org.springframework.stereotype.Component;

/**
 * Who sees a customer's phone number and address in full. Only the people who need them to do the work —
 * the case's receiver and the staff who handle it — see them, and only on the case page; lists, boards,
 * exports and logs show them masked ({@link Masking}: {@code 138****5678}); the monthly table and the
 * statistics never carry them.
 */
@Component
public class PersonalData {

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
}
