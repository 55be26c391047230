package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CaseStore;
import dev.wuye.complaint.spi.DuplicateIntakeException;
import dev.wuye.complaint.spi.Page;
import dev.wuye.complaint.spi.StaleVersionException;
import dev.wuye.complaint.spi.Storage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import static dev.wuye.complaint.tck.Snapshots.audit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The state of the model-based property: a store under test and a plain model of what it should
 * hold. Each action does the same thing to both and checks that the store answers as the model says.
 * Public only because it appears in {@link StoreModelContract}'s property; it has no public members.
 */
public final class StoreModel {

    /** Mixed case on purpose: the store must order ids as {@link String#compareTo} does. */
    private static final List<String> IDS = List.of("M-a", "M-B", "M-c", "M-D", "M-e", "M-F");
    private static final List<String> KEYS = List.of("k-1", "k-2", "k-3", "K-1", "k-5");
    private static final List<String> DEPARTMENTS = List.of(Snapshots.CENTRE_1, Snapshots.CENTRE_2, Snapshots.GMD);
    private static final LocalDate DAY0 = LocalDate.of(2025, 1, 1);
    private static final Instant CLOSE0 = Instant.parse("2025-01-01T00:00:00.000001Z");

    private final Storage storage;
    private final TreeMap<String, CaseSnapshot> cases = new TreeMap<>();
    private final Map<String, String> idByKey = new HashMap<>();
    private final Map<String, Integer> auditCount = new HashMap<>();

    StoreModel(Storage storage) {
        this.storage = storage;
    }

    Storage storage() {
        return storage;
    }

    private CaseStore store() {
        return storage.cases();
    }

    /** Chains of up to 15 actions, each starting from a fresh storage. */
    static Arbitrary<ActionChain<StoreModel>> chains(Supplier<Storage> storages) {
        return ActionChain.<StoreModel>startWith(() -> new StoreModel(storages.get()))
                .withAction(3, new Intake())
                .withAction(3, new Update())
                .withAction(1, new StaleUpdate())
                .withAction(2, new Query())
                .withAction(1, new LookUpKey())
                .withMaxTransformations(15);
    }

    /** The invariant checked after every action: every case, its key and its audit trail as modelled. */
    void checkEverything() {
        for (String id : IDS) {
            CaseSnapshot expected = cases.get(id);
            if (expected == null) {
                assertThat(store().findById(id)).as("case %s", id).isEmpty();
                assertThat(store().auditTrail(id)).as("audit of %s", id).isEmpty();
            } else {
                assertThat(store().findById(id)).as("case %s", id).contains(expected);
                assertThat(store().auditTrail(id)).as("audit of %s", id).hasSize(auditCount.get(id));
            }
        }
    }

    void intake(CaseSnapshot s) {
        if (cases.containsKey(s.id()) || idByKey.containsKey(s.idempotencyKey())) {
            assertThatThrownBy(() -> store().save(s, 0, List.of(audit(s, "Receive"))))
                    .isInstanceOf(DuplicateIntakeException.class);
            return;
        }
        store().save(s, 0, List.of(audit(s, "Receive")));
        cases.put(s.id(), s);
        idByKey.put(s.idempotencyKey(), s.id());
        auditCount.put(s.id(), 1);
    }

    void update(String id, int change, int amount) {
        CaseSnapshot current = cases.get(id);
        CaseSnapshot.Builder b = current.toBuilder().version(current.version() + 1)
                .lastModifiedAt(current.lastModifiedAt().plus(1, ChronoUnit.SECONDS));
        switch (change) {
            case 0 -> b.closedAt(CLOSE0.plus(amount, ChronoUnit.DAYS).plus(amount, ChronoUnit.MICROS));
            case 1 -> b.closedAt(null);
            case 2 -> b.department(DEPARTMENTS.get(amount % DEPARTMENTS.size()));
            case 3 -> b.acceptanceDate(DAY0.plusDays(amount));
            default -> b.notes(Snapshots.next(current, "备注 " + amount + " 📝").notes());
        }
        CaseSnapshot n = b.build();
        int entries = amount % 3;
        List<dev.wuye.complaint.spi.AuditEntry> audits = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            audits.add(audit(n, "Change" + change + "." + i));
        }
        store().save(n, current.version(), audits);
        cases.put(id, n);
        auditCount.merge(id, entries, Integer::sum);
    }

    void staleUpdate(String id, long expected) {
        CaseSnapshot current = cases.get(id);
        CaseSnapshot n = current.toBuilder().version(expected + 1).state("STALE").build();
        assertThatThrownBy(() -> store().save(n, expected, List.of(audit(n, "Stale"))))
                .isInstanceOf(StaleVersionException.class);
    }

    void query(CaseQuery q, int limit) {
        List<String> expected = cases.values().stream().filter(q::matches).map(CaseSnapshot::id).toList();
        List<CaseSnapshot> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<CaseSnapshot> page = store().find(q, cursor, limit);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            seen.addAll(page.items());
            cursor = page.nextCursor();
            assertThat(++pages).as("pages of %s", q).isLessThanOrEqualTo(IDS.size() + 1);
        } while (cursor != null);
        assertThat(seen).extracting(CaseSnapshot::id).as("%s limit %d", q, limit)
                .containsExactlyElementsOf(expected);
        assertThat(seen).allSatisfy(s -> assertThat(s).isEqualTo(cases.get(s.id())));
    }

    void lookUpKey(String key) {
        String id = idByKey.get(key);
        if (id == null) {
            assertThat(store().findByIdempotencyKey(key)).as("key %s", key).isEmpty();
        } else {
            assertThat(store().findByIdempotencyKey(key)).as("key %s", key).contains(cases.get(id));
        }
    }

    private static final class Intake implements Action.Independent<StoreModel> {
        @Override
        public Arbitrary<Transformer<StoreModel>> transformer() {
            return Combinators.combine(Arbitraries.of(IDS), Arbitraries.of(KEYS), Arbitraries.of(DEPARTMENTS),
                            Arbitraries.integers().between(0, 120), Arbitraries.of(true, false))
                    .as((id, key, dept, day, closed) -> {
                        CaseSnapshot s = Snapshots.sample(id, dept, DAY0.plusDays(day)).toBuilder()
                                .idempotencyKey(key)
                                .closedAt(closed ? CLOSE0.plus(day + 3L, ChronoUnit.DAYS) : null).build();
                        return Transformer.mutate("intake " + id + " key " + key + " " + dept + " day " + day
                                + (closed ? " closed" : ""), m -> m.intake(s));
                    });
        }
    }

    private static final class Update implements Action.Dependent<StoreModel> {
        @Override
        public boolean precondition(StoreModel m) {
            return !m.cases.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<StoreModel>> transformer(StoreModel m) {
            return Combinators.combine(Arbitraries.of(new ArrayList<>(m.cases.keySet())),
                            Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 150))
                    .as((id, change, amount) -> Transformer.mutate(
                            "update " + id + " change " + change + " by " + amount, s -> s.update(id, change, amount)));
        }
    }

    private static final class StaleUpdate implements Action.Dependent<StoreModel> {
        @Override
        public boolean precondition(StoreModel m) {
            return !m.cases.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<StoreModel>> transformer(StoreModel m) {
            return Combinators.combine(Arbitraries.of(new ArrayList<>(m.cases.keySet())), Arbitraries.of(-1, 1, 5))
                    .as((id, delta) -> Transformer.mutate("stale update " + id + " off by " + delta, s -> {
                        long expected = s.cases.get(id).version() + delta;
                        if (expected >= 1) {
                            s.staleUpdate(id, expected);
                        }
                    }));
        }
    }

    private static final class Query implements Action.Independent<StoreModel> {
        @Override
        public Arbitrary<Transformer<StoreModel>> transformer() {
            Arbitrary<String> dept = Arbitraries.of(DEPARTMENTS).injectNull(0.5);
            Arbitrary<LocalDate> from = Arbitraries.integers().between(0, 120).map(DAY0::plusDays).injectNull(0.5);
            Arbitrary<LocalDate> before = Arbitraries.integers().between(0, 130).map(DAY0::plusDays).injectNull(0.5);
            Arbitrary<Instant> since = Arbitraries.integers().between(0, 130)
                    .map(d -> CLOSE0.plus(d, ChronoUnit.DAYS)).injectNull(0.5);
            return Combinators.combine(dept, from, before, since, Arbitraries.of(true, false),
                            Arbitraries.integers().between(1, 4))
                    .as((d, f, b, a, open, limit) -> {
                        CaseQuery q = new CaseQuery(d, f, b, a, open);
                        return Transformer.mutate("query " + q + " limit " + limit, m -> m.query(q, limit));
                    });
        }
    }

    private static final class LookUpKey implements Action.Independent<StoreModel> {
        @Override
        public Arbitrary<Transformer<StoreModel>> transformer() {
            return Arbitraries.of(KEYS).map(k -> Transformer.mutate("look up key " + k, m -> m.lookUpKey(k)));
        }
    }

    @Override
    public String toString() {
        return "StoreModel" + cases.keySet();
    }
}
