package dev.wuye.complaint.spi;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The default {@link CaseStore#stream} fetches pages lazily, one at a time. */
class CaseStoreStreamTest {

    /** Ten cases, pages counted. */
    private static final class PagedStore implements CaseStore {
        final List<String> cursorsAsked = new ArrayList<>();
        final List<CaseSnapshot> cases = IntStream.range(0, 10).mapToObj(i -> CaseSnapshot.builder()
                .id("C-" + i).version(1).idempotencyKey("k" + i).state("RECEIVED").channel("PHONE")
                .customer(new CustomerData(null, null, null)).contentSummary("s").recordedBy("S1")
                .department("C01").acceptingLevel("SERVICE_CENTRE").receivedAt(Instant.EPOCH)
                .acceptanceDate(LocalDate.of(2025, 1, 1)).followUpChannel("NONE").escalationLevel("HANDLER")
                .lastModifiedAt(Instant.EPOCH).build()).toList();

        @Override
        public Page<CaseSnapshot> find(CaseQuery query, String cursor, int limit) {
            cursorsAsked.add(cursor);
            int from = cursor == null ? 0 : Integer.parseInt(cursor);
            int to = Math.min(from + limit, cases.size());
            return new Page<>(cases.subList(from, to), to < cases.size() ? String.valueOf(to) : null);
        }

        @Override
        public Optional<CaseSnapshot> findById(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<CaseSnapshot> findByIdempotencyKey(String key) {
            return Optional.empty();
        }

        @Override
        public void save(CaseSnapshot snapshot, long expectedVersion, List<AuditEntry> auditEntries) {
            throw new IllegalStateException("read-only");
        }

        @Override
        public List<AuditEntry> auditTrail(String caseId) {
            return List.of();
        }
    }

    @Test
    @DisplayName("nothing is fetched before consumption, every page once, in order")
    void lazyAndComplete() {
        PagedStore store = new PagedStore();
        Stream<CaseSnapshot> stream = store.stream(CaseQuery.all(), 3);
        assertThat(store.cursorsAsked).isEmpty();
        assertThat(stream.map(CaseSnapshot::id).toList())
                .containsExactlyElementsOf(store.cases.stream().map(CaseSnapshot::id).toList());
        assertThat(store.cursorsAsked).containsExactly(null, "3", "6", "9");
    }

    @Test
    @DisplayName("a short-circuiting consumer stops fetching")
    void shortCircuit() {
        PagedStore store = new PagedStore();
        assertThat(store.stream(CaseQuery.all(), 3).limit(2).toList()).hasSize(2);
        assertThat(store.cursorsAsked).containsExactly((String) null);
    }
}
