package dev.wuye.complaint.authority;

import dev.wuye.complaint.cases.Case;

/**
 * One rule about who may act on a case, as a small named object (see {@link Authority} for the
 * procedure's policies). Returns a {@link Verdict}; never throws for a "no".
 */
@FunctionalInterface
public interface AuthorityPolicy {

    /**
     * Decides whether the actor may act on the case.
     *
     * @param actor     who wants to act
     * @param complaint the case as it is now
     * @return allowed, or denied naming the rule
     */
    Verdict decide(Actor actor, Case complaint);

    /**
     * This policy, then {@code next}: the first denial wins.
     *
     * @param next the policy checked when this one allows
     * @return the combined policy
     */
    default AuthorityPolicy and(AuthorityPolicy next) {
        return (actor, complaint) -> {
            Verdict v = decide(actor, complaint);
            return v.isAllowed() ? next.decide(actor, complaint) : v;
        };
    }
}
