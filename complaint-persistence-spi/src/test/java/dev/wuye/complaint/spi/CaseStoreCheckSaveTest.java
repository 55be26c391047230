package dev.wuye.complaint.spi;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stateless argument checks every store's {@code save} shares. */
class CaseStoreCheckSaveTest {

    private static final CaseSnapshot V2 = CaseSnapshot.builder().id("C-1").version(2).idempotencyKey("k")
            .state("HANDLING").channel("PHONE").customer(new CustomerData(null, null, null)).contentSummary("s")
            .recordedBy("S1").department("C01").acceptingLevel("SERVICE_CENTRE").receivedAt(Instant.EPOCH)
            .acceptanceDate(LocalDate.of(2025, 1, 1)).followUpChannel("NONE").escalationLevel("HANDLER")
            .lastModifiedAt(Instant.EPOCH).build();

    private static AuditEntry entry(String caseId, long version) {
        return new AuditEntry(caseId, version, Instant.EPOCH, "S1", "HEAD", "C01", "Assign", "RECEIVED",
                "HANDLING", null);
    }

    @Test
    @DisplayName("a well-formed save passes and gets an immutable copy of its entries")
    void passes() {
        List<AuditEntry> entries = new ArrayList<>(List.of(entry("C-1", 2)));
        List<AuditEntry> checked = CaseStore.checkSave(V2, 1, entries);
        entries.clear();
        assertThat(checked).containsExactly(entry("C-1", 2));
        assertThatThrownBy(() -> checked.add(entry("C-1", 2))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("negative or non-consecutive versions and foreign entries are rejected, naming the values")
    void rejects() {
        assertThatThrownBy(() -> CaseStore.checkSave(V2, -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> CaseStore.checkSave(V2, 2, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 != 2 + 1");
        assertThatThrownBy(() -> CaseStore.checkSave(V2, 1, List.of(entry("C-2", 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C-2");
        assertThatThrownBy(() -> CaseStore.checkSave(V2, 1, List.of(entry("C-1", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v1");
    }
}
