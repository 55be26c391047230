package dev.wuye.complaint.authority;

import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.cases.Case;

import java.util.Arrays;

/**
 * How the authority policies say no: a {@link Rejection} with an {@code authority.*} key of the
 * message bundle and its arguments, as text.
 *
 * <p>Most messages end by saying who the actor is; those take, after their own arguments, the
 * actor's staff id, role codes (as in the audit trail), department and the roles' Chinese labels
 * (the English patterns show the codes, the Chinese ones the labels).
 *
 * <p>Who decides a case depends on its escalation level (R-4.3.1f), and each language names the
 * decider in its own words: a message naming the decider has one key per decider, the base key
 * followed by {@link #decider(String, Case)}'s suffix, and takes the case's department and the
 * GMD's department id as its first two arguments.
 */
final class Denials {

    private Denials() {
    }

    /**
     * A denial.
     *
     * @param ruleId the rule that reserves the act
     * @param key    the bundle key
     * @param args   the message's arguments
     * @return the verdict
     */
    static Verdict deny(String ruleId, String key, Object... args) {
        return Verdict.denied(Rejection.of(ruleId, key, args));
    }

    /**
     * A denial whose message ends by saying who the actor is.
     *
     * @param ruleId the rule that reserves the act
     * @param key    the bundle key
     * @param actor  the actor, appended as staff id, role codes, department, Chinese role labels
     * @param args   the message's own arguments, first
     * @return the verdict
     */
    static Verdict denyActor(String ruleId, String key, Actor actor, Object... args) {
        Object[] all = Arrays.copyOf(args, args.length + 4);
        all[args.length] = actor.staffId();
        all[args.length + 1] = actor.rolesCode();
        all[args.length + 2] = actor.department();
        all[args.length + 3] = roleLabels(actor);
        return deny(ruleId, key, all);
    }

    /**
     * The key naming the case's decider (R-4.3.1f): {@code base} followed by {@code .head} (the head
     * of the handling department), {@code .gmdHead}, {@code .managementRepresentative} or
     * {@code .generalManager}.
     *
     * @param base      the key without the decider
     * @param complaint the case
     * @return the key
     */
    static String decider(String base, Case complaint) {
        return base + switch (complaint.escalationLevel()) {
            case HANDLER, DEPARTMENT_HEAD -> ".head";
            case GMD -> ".gmdHead";
            case MANAGEMENT_REPRESENTATIVE -> ".managementRepresentative";
            case GENERAL_MANAGER -> ".generalManager";
        };
    }

    /** The actor's roles by their Chinese labels, in declaration order, joined with {@code 、}. */
    private static String roleLabels(Actor actor) {
        StringBuilder sb = new StringBuilder(16);
        for (Role r : Role.values()) {
            if (actor.has(r)) {
                if (sb.length() > 0) {
                    sb.append('、');
                }
                sb.append(r.label());
            }
        }
        return sb.toString();
    }
}
