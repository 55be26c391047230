package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.ActivityEntry;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.DuplicateIntakeException;
import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.StaleVersionException;
import dev.wuye.complaint.spi.Storage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import static dev.wuye.complaint.tck.Snapshots.CENTRE_1;
import static dev.wuye.complaint.tck.Snapshots.audit;
import static dev.wuye.complaint.tck.Snapshots.next;
import static dev.wuye.complaint.tck.Snapshots.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Storage#atomically}: the snapshot, its audit entries, the duty-log entry and the activity entry
 * of one command are stored together or not at all. Each check fails the second write of a unit — by
 * the store's own refusal or by {@link FaultInjectingStorage} — and finds nothing of the first.
 */
public interface UnitOfWorkContract extends StorageContract {

    private static DutyLogEntry dutyOf(CaseSnapshot s) {
        return new DutyLogEntry(s.id() + "#" + s.version(), s.department(), "S201", s.lastModifiedAt(), "REGISTERED",
                s.id(), "夜间受理：漏水 💧，已登记");
    }

    private static ActivityEntry activityOf(String id) {
        return new ActivityEntry(id, CENTRE_1, Snapshots.T0, "HEAD1", "DEPARTMENT_HEAD", CENTRE_1, "SubmitMonthlyTable",
                "MONTHLY_TABLE:" + CENTRE_1 + ":2025-04", "本月投诉12件");
    }

    /** R-4.3.1g an off-hours intake's snapshot, audit entry and duty-log entry are stored together. */
    @Test
    @DisplayName("R-4.3.1g a unit's snapshot, audit entry and duty-log entry are all stored, and seen inside the unit")
    default void completedUnitStoresEveryWrite() {
        CaseSnapshot s = sample("UOW-1");
        String seen = storage().atomically(() -> {
            cases().save(s, 0, List.of(audit(s, "ReceiveOpinion")));
            storage().dutyLog().append(dutyOf(s));
            return cases().findById("UOW-1").map(CaseSnapshot::id).orElse("none") + "/"
                    + storage().dutyLog().findById("UOW-1#1").map(DutyLogEntry::id).orElse("none");
        });
        assertThat(seen).isEqualTo("UOW-1/UOW-1#1");
        assertThat(cases().findById("UOW-1")).contains(s);
        assertThat(cases().auditTrail("UOW-1")).containsExactly(audit(s, "ReceiveOpinion"));
        assertThat(storage().dutyLog().findById("UOW-1#1")).contains(dutyOf(s));
    }

    /** R-4.3.1g the duty-log entry fails: the new case and its audit entry are not stored either. */
    @Test
    @DisplayName("R-4.3.1g the duty-log append fails: the new case and its audit entry are not stored either")
    default void failedDutyEntryUndoesTheIntake() {
        FaultInjectingStorage faulty = new FaultInjectingStorage(storage(), w -> w instanceof DutyLogEntry);
        CaseSnapshot s = sample("UOW-2");
        assertThatThrownBy(() -> faulty.atomically(() -> {
            faulty.cases().save(s, 0, List.of(audit(s, "ReceiveOpinion")));
            return faulty.dutyLog().append(dutyOf(s));
        })).isInstanceOf(FaultInjectingStorage.InjectedFault.class);
        assertThat(faulty.injected()).isEqualTo(1);
        assertThat(cases().findById("UOW-2")).isEmpty();
        assertThat(cases().findByIdempotencyKey(s.idempotencyKey())).isEmpty();
        assertThat(cases().auditTrail("UOW-2")).isEmpty();
        assertThat(storage().dutyLog().findById("UOW-2#1")).isEmpty();
        // the replay finds a free key and stores everything
        storage().atomically(() -> {
            cases().save(s, 0, List.of(audit(s, "ReceiveOpinion")));
            return storage().dutyLog().append(dutyOf(s));
        });
        assertThat(cases().findByIdempotencyKey(s.idempotencyKey())).contains(s);
        assertThat(storage().dutyLog().findById("UOW-2#1")).contains(dutyOf(s));
    }

    /** R-4.6.3 an update and an activity entry, then the second save fails: the first version stays, alone. */
    @Test
    @DisplayName("R-4.6.3 a unit's second save is refused as stale: its update and activity entry are undone")
    default void staleSecondSaveUndoesTheFirst() {
        CaseSnapshot a = intake(sample("UOW-3"));
        CaseSnapshot b = intake(sample("UOW-4"));
        CaseSnapshot a2 = next(a, "第二版");
        CaseSnapshot b3 = next(next(b, "x"), "y");
        assertThatThrownBy(() -> storage().atomically(() -> {
            cases().save(a2, 1, List.of(audit(a2, "AddNote")));
            storage().activity().append(activityOf("ACT-UOW-3"));
            cases().save(b3, 2, List.of(audit(b3, "AddNote")));
            return null;
        })).isInstanceOf(StaleVersionException.class);
        assertThat(cases().findById("UOW-3")).contains(a);
        assertThat(cases().auditTrail("UOW-3")).containsExactly(audit(a, "Receive"));
        assertThat(storage().activity().findById("ACT-UOW-3")).isEmpty();
        assertThat(cases().findById("UOW-4")).contains(b);
    }

    /**
     * Each field of a snapshot copied from another snapshot: what a command may change. A store may write
     * only what changed since the unit read the row; whatever it writes, the whole new snapshot must be
     * what is read back.
     */
    List<BiFunction<CaseSnapshot.Builder, CaseSnapshot, CaseSnapshot.Builder>> FIELDS = List.of(
            (b, d) -> b.recordNumber(d.recordNumber()),
            (b, d) -> b.state(d.state()),
            (b, d) -> b.type(d.type()),
            (b, d) -> b.validity(d.validity()),
            (b, d) -> b.validityGround(d.validityGround()),
            (b, d) -> b.category(d.category()),
            (b, d) -> b.major(d.major()),
            (b, d) -> b.secondaryComplaint(d.secondaryComplaint()),
            (b, d) -> b.correctiveAction(d.correctiveAction()),
            (b, d) -> b.channel(d.channel()),
            (b, d) -> b.visitId(d.visitId()),
            (b, d) -> b.customer(d.customer()),
            (b, d) -> b.contentSummary(d.contentSummary()),
            (b, d) -> b.recordedBy(d.recordedBy()),
            (b, d) -> b.receiverId(d.receiverId()),
            (b, d) -> b.department(d.department()),
            (b, d) -> b.acceptingLevel(d.acceptingLevel()),
            (b, d) -> b.receivedAt(d.receivedAt()),
            (b, d) -> b.acceptanceDate(d.acceptanceDate()),
            (b, d) -> b.dutyRegistration(d.dutyRegistration()),
            (b, d) -> b.handedOverAt(d.handedOverAt()),
            (b, d) -> b.agreedReplyBy(d.agreedReplyBy()),
            (b, d) -> b.agreedReplyMethod(d.agreedReplyMethod()),
            (b, d) -> b.followUpChannel(d.followUpChannel()),
            (b, d) -> b.escalationLevel(d.escalationLevel()),
            (b, d) -> b.coHandlingDepartments(d.coHandlingDepartments()),
            (b, d) -> b.cycles(d.cycles()),
            (b, d) -> b.notes(d.notes()),
            (b, d) -> b.followUps(d.followUps()),
            (b, d) -> b.onlineReplyText(d.onlineReplyText()),
            (b, d) -> b.onlineReplyApprovedBy(d.onlineReplyApprovedBy()),
            (b, d) -> b.onlineReplyPostedAt(d.onlineReplyPostedAt()),
            (b, d) -> b.invalidConfirmedBy(d.invalidConfirmedBy()),
            (b, d) -> b.closure(d.closure()),
            (b, d) -> b.closedAt(d.closedAt()),
            (b, d) -> b.archiveBatchId(d.archiveBatchId()),
            (b, d) -> b.archivedAt(d.archivedAt()),
            (b, d) -> b.lastModifiedAt(d.lastModifiedAt()),
            (b, d) -> b.nextDueAt(d.nextDueAt()));

    /**
     * A save after a read in the same unit stores the whole new snapshot: 60 units, each reading the case
     * and saving it with a random set of fields taken from one of three very different snapshots (every
     * nullable field null, every field set, every text at its longest), reads back exactly that snapshot.
     */
    @Test
    @DisplayName("a save after a read in the same unit stores every changed field: the new snapshot is what is read back")
    default void saveAfterReadInTheUnitStoresEveryChange() {
        String id = "UOW-DIFF";
        CaseSnapshot first = intake(sample(id));
        List<CaseSnapshot> donors = List.of(sample(id), Snapshots.full(id), Snapshots.longest("UOW-L"));
        Random random = new Random(20261130L);
        CaseSnapshot expected = first;
        for (int round = 0; round < 60; round++) {
            CaseSnapshot donor = donors.get(random.nextInt(donors.size()));
            CaseSnapshot.Builder b = expected.toBuilder().version(expected.version() + 1);
            for (BiFunction<CaseSnapshot.Builder, CaseSnapshot, CaseSnapshot.Builder> field : FIELDS) {
                if (random.nextInt(4) == 0) {
                    field.apply(b, donor);
                }
            }
            CaseSnapshot next = b.build();
            long version = expected.version();
            CaseSnapshot read = storage().atomically(() -> {
                CaseSnapshot current = cases().findById(id).orElseThrow();
                cases().save(next, version, List.of(audit(next, "Change")));
                return current;
            });
            assertThat(read).as("round %d: the row read in the unit", round).isEqualTo(expected);
            assertThat(cases().findById(id)).as("round %d: the row after the unit", round).contains(next);
            expected = next;
        }
        assertThat(cases().auditTrail(id)).hasSize(61);
    }

    /** A failure of the work itself, after its writes, undoes them and is rethrown unchanged. */
    @Test
    @DisplayName("R-4.6.3 the work fails after its writes: they are undone and its exception is rethrown as it is")
    default void failingWorkIsRethrownUnchanged() {
        IllegalStateException boom = new IllegalStateException("the work failed");
        CaseSnapshot s = sample("UOW-5");
        assertThatThrownBy(() -> storage().atomically(() -> {
            cases().save(s, 0, List.of(audit(s, "ReceiveOpinion")));
            storage().activity().append(activityOf("ACT-UOW-5"));
            throw boom;
        })).isSameAs(boom);
        assertThat(cases().findById("UOW-5")).isEmpty();
        assertThat(storage().activity().findById("ACT-UOW-5")).isEmpty();
    }

    /** A unit inside a unit joins it: the outer failure undoes the inner writes too. */
    @Test
    @DisplayName("R-4.3.1g a unit inside a unit joins it: the outer failure undoes the inner unit's writes")
    default void nestedUnitJoinsTheOuterOne() {
        CaseSnapshot s = sample("UOW-6");
        assertThatThrownBy(() -> storage().atomically(() -> {
            storage().atomically(() -> {
                cases().save(s, 0, List.of(audit(s, "ReceiveOpinion")));
                return storage().dutyLog().append(dutyOf(s));
            });
            throw new FaultInjectingStorage.InjectedFault("after the inner unit");
        })).isInstanceOf(FaultInjectingStorage.InjectedFault.class);
        assertThat(cases().findById("UOW-6")).isEmpty();
        assertThat(storage().dutyLog().findById("UOW-6#1")).isEmpty();
    }

    /** An append of an existing id inside a unit answers false and leaves the unit usable. */
    @Test
    @DisplayName("R-4.3.1g appending an existing id in a unit answers false and the unit still stores its other writes")
    default void existingIdLeavesTheUnitUsable() {
        CaseSnapshot s = intake(sample("UOW-7"));
        storage().dutyLog().append(dutyOf(s));
        CaseSnapshot s2 = next(s, "交接");
        boolean appended = storage().atomically(() -> {
            boolean again = storage().dutyLog().append(dutyOf(s));
            cases().save(s2, 1, List.of(audit(s2, "HandOver")));
            storage().dutyLog().append(dutyOf(s2));
            return again;
        });
        assertThat(appended).isFalse();
        assertThat(cases().findById("UOW-7")).contains(s2);
        assertThat(storage().dutyLog().findById("UOW-7#2")).contains(dutyOf(s2));
    }

    /** R-4.2.1 a second intake of a key inside a unit is refused, and the unit's other writes are undone. */
    @Test
    @DisplayName("R-4.2.1 a duplicate intake in a unit is refused and the unit's earlier writes are undone")
    default void duplicateIntakeUndoesTheUnit() {
        CaseSnapshot first = intake(sample("UOW-8"));
        CaseSnapshot other = first.toBuilder().id("UOW-9").build();
        assertThatThrownBy(() -> storage().atomically(() -> {
            storage().activity().append(activityOf("ACT-UOW-8"));
            cases().save(other, 0, List.of(audit(other, "ReceiveOpinion")));
            return null;
        })).isInstanceOf(DuplicateIntakeException.class);
        assertThat(storage().activity().findById("ACT-UOW-8")).isEmpty();
        assertThat(cases().findById("UOW-9")).isEmpty();
        assertThat(cases().findByIdempotencyKey(first.idempotencyKey())).contains(first);
    }
}
