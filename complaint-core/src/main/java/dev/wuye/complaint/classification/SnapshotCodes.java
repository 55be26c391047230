package dev.wuye.complaint.classification;

import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.cases.EscalationLevel;
import dev.wuye.complaint.cases.FollowUpMethod;
import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.Validity;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.FollowUpEntry;

import java.util.HashMap;
import java.util.Map;

/**
 * The enum codes of a snapshot (the SPI stores them as their names), read once into the core's
 * enums so that the read side — statistics, registers, recurrence checks — compares typed values.
 * A code that is the enum constant's own name string (snapshots the aggregate wrote, the in-memory
 * store, string literals) is found by identity among the few constants; any other string (read from a
 * database) by one hash-map probe. Both are cheap enough for the one-pass monthly calculator, which
 * reads a million snapshots in a few hundred milliseconds. An unknown code is a corrupt snapshot:
 * {@link IllegalArgumentException}.
 */
public final class SnapshotCodes {

    private static final Codes<OpinionType> TYPES = new Codes<>("opinion type", OpinionType.values());
    private static final Codes<Validity> VALIDITIES = new Codes<>("validity", Validity.values());
    private static final Codes<EscalationLevel> LEVELS = new Codes<>("escalation level", EscalationLevel.values());
    private static final Codes<FollowUpMethod> METHODS = new Codes<>("follow-up method", FollowUpMethod.values());
    private static final Codes<Channel> CHANNELS = new Codes<>("channel", Channel.values());

    private SnapshotCodes() {
    }

    /**
     * The opinion type.
     *
     * @param s the snapshot
     * @return the type, or {@code null} while unclassified
     */
    public static OpinionType type(CaseSnapshot s) {
        return TYPES.parse(s.type());
    }

    /**
     * The validity of a complaint.
     *
     * @param s the snapshot
     * @return the validity, or {@code null} when not a classified complaint
     */
    public static Validity validity(CaseSnapshot s) {
        return VALIDITIES.parse(s.validity());
    }

    /**
     * A valid complaint (有效投诉): the cases the time limits and the statistics' rates are about.
     *
     * @param s the snapshot
     * @return whether its type is COMPLAINT and its validity VALID
     */
    public static boolean isValidComplaint(CaseSnapshot s) {
        return type(s) == OpinionType.COMPLAINT && validity(s) == Validity.VALID;
    }

    /**
     * The escalation level.
     *
     * @param s the snapshot
     * @return the level, or {@code null} when the snapshot has none
     */
    public static EscalationLevel escalationLevel(CaseSnapshot s) {
        return LEVELS.parse(s.escalationLevel());
    }

    /**
     * The escalation level when its code is known, without refusing an unknown one: for a reader that
     * falls back to the code itself (the SLA calculator's limits treat an unknown level as none of
     * theirs).
     *
     * @param s the snapshot
     * @return the level, or {@code null} when the snapshot has none or an unknown code
     */
    public static EscalationLevel knownEscalationLevel(CaseSnapshot s) {
        return LEVELS.find(s.escalationLevel());
    }

    /**
     * The customer's chosen follow-up channel.
     *
     * @param s the snapshot
     * @return the channel (NONE when the customer chose none), or {@code null} when the snapshot has none
     */
    public static FollowUpMethod followUpChannel(CaseSnapshot s) {
        return METHODS.parse(s.followUpChannel());
    }

    /**
     * How a follow-up was done.
     *
     * @param f the follow-up
     * @return the method (RECURRENCE_CHECK for a recurrence check), or {@code null} when it has none
     */
    public static FollowUpMethod method(FollowUpEntry f) {
        return METHODS.parse(f.method());
    }

    /**
     * How the opinion came in.
     *
     * @param s the snapshot
     * @return the channel, or {@code null} when the snapshot has none
     */
    public static Channel channel(CaseSnapshot s) {
        return CHANNELS.parse(s.channel());
    }

    /** The codes of one enum: its constants by name. */
    private static final class Codes<E extends Enum<E>> {
        private final String what;
        private final E[] constants;
        private final String[] names;
        private final Map<String, E> byName = new HashMap<>();

        Codes(String what, E[] constants) {
            this.what = what;
            this.constants = constants;
            this.names = new String[constants.length];
            for (E e : constants) {
                names[e.ordinal()] = e.name();
                byName.put(e.name(), e);
            }
        }

        E parse(String code) {
            E e = find(code);
            if (e == null && code != null) {
                throw new IllegalArgumentException("unknown " + what + " code in a snapshot: " + code);
            }
            return e;
        }

        /**
         * The last two codes found by a probe, with their constants: a database's store hands over one string
         * instance for a code repeated row after row (the JDBC store's statistics read does), which is then
         * found by identity. Written without synchronisation: a reader sees either slot's old or new memo,
         * each immutable and right.
         */
        @SuppressWarnings("unchecked")
        private final Memo<E>[] recent = new Memo[2];
        private int nextSlot;

        private record Memo<E>(String code, E constant) {
        }

        /** The constant of a code, or {@code null} for none or an unknown one. */
        @SuppressWarnings("StringEquality")
        E find(String code) {
            if (code == null) {
                return null;
            }
            for (int i = 0; i < names.length; i++) {
                if (names[i] == code) { // the constant's own name string: no hashing, no comparing
                    return constants[i];
                }
            }
            Memo<E> a = recent[0];
            if (a != null && a.code == code) {
                return a.constant;
            }
            Memo<E> b = recent[1];
            if (b != null && b.code == code) {
                return b.constant;
            }
            E e = byName.get(code);
            if (e != null) {
                int slot = nextSlot;
                recent[slot] = new Memo<>(code, e);
                nextSlot = slot ^ 1;
            }
            return e;
        }
    }
}
