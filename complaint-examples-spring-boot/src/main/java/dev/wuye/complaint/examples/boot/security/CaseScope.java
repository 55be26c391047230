package dev.wuye.complaint.examples.boot.security;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.spi.CaseSnapshot;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which cases a signed-in person may see and act on. Staff of a department reach their department's cases
 * (the accepting department, or a co-handling one); the company-wide roles (GMD staff, management
 * representative, general manager — {@link Actor#isCompanyWide()}) reach every department's. A case out of
 * reach is answered as if it did not exist (404), so its existence is not revealed.
 */
@Component
public class CaseScope {

    /** Creates the scope. */
    public CaseScope() {
    }

    /**
     * Whether the actor may see this case.
     *
     * @param actor the signed-in person
     * @param c     the case
     * @return {@code true} when the case is within the actor's reach
     */
    public boolean sees(Actor actor, CaseSnapshot c) {
        if (actor == null || c == null) {
            return false;
        }
        if (actor.isCompanyWide()) {
            return true;
        }
        String dept = actor.department();
        return dept != null && (dept.equals(c.department())
                || (c.coHandlingDepartments() != null && c.coHandlingDepartments().contains(dept)));
    }

    /**
     * The departments whose cases the actor reaches.
     *
     * @param actor the signed-in person
     * @return the departments; empty for company-wide reach
     */
    public Optional<Set<String>> departments(Actor actor) {
        if (actor.isCompanyWide()) {
            return Optional.empty();
        }
        return Optional.of(actor.department() == null ? Set.of() : Set.of(actor.department()));
    }
}
