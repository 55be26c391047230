package dev.wuye.complaint.spi;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the snapshot record itself guarantees to stores and the core. */
class CaseSnapshotTest {

    private static CaseSnapshot.Builder minimal() {
        return CaseSnapshot.builder().id("C-1").version(1).idempotencyKey("k").state("RECEIVED")
                .channel("PHONE").customer(new CustomerData("张三丰", "13812345678", "翠苑3栋1201"))
                .contentSummary("s").recordedBy("S1").department("C01").acceptingLevel("SERVICE_CENTRE")
                .receivedAt(Instant.EPOCH).acceptanceDate(LocalDate.of(2025, 1, 1)).followUpChannel("NONE")
                .escalationLevel("HANDLER").lastModifiedAt(Instant.EPOCH);
    }

    @Test
    @DisplayName("lists are never null and are copied: a caller's later change does not reach the snapshot")
    void listsCopied() {
        List<String> departments = new ArrayList<>(List.of("C02"));
        CaseSnapshot s = minimal().coHandlingDepartments(departments).cycles(null).build();
        departments.add("GMD");
        assertThat(s.coHandlingDepartments()).containsExactly("C02");
        assertThat(s.cycles()).isEmpty();
        assertThat(s.notes()).isEmpty();
        assertThat(s.followUps()).isEmpty();
    }

    @Test
    @DisplayName("required components are checked and named")
    void required() {
        assertThatThrownBy(() -> minimal().department(null).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("department");
    }

    @Test
    @DisplayName("toString masks the customer's name, phone and address")
    void masked() {
        String text = minimal().build().toString();
        assertThat(text).doesNotContain("张三丰", "13812345678", "翠苑3栋1201").contains("138****5678", "张**");
    }

    @Test
    @DisplayName("toBuilder copies every component")
    void toBuilderRoundTrip() {
        CaseSnapshot s = minimal().closedAt(Instant.EPOCH).notes(List.of(
                new NoteEntry(Instant.EPOCH, "S1", "PROGRESS", "n"))).build();
        assertThat(s.toBuilder().build()).isEqualTo(s);
        assertThat(s.isOpen()).isFalse();
    }
}
