package dev.wuye.complaint.tck;

import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static dev.wuye.complaint.tck.Snapshots.audit;
import static dev.wuye.complaint.tck.Snapshots.sample;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trip: every component of a case snapshot is read back exactly as saved (nulls, empty lists,
 * Chinese text, emoji, the longest texts the SPI allows, microsecond instants from many zones), texts
 * are never truncated, and ids and keys are exact.
 */
public interface RoundTripContract extends StorageContract {

    /**
     * A minimal snapshot keeps its nulls and empty lists.
     */
    @Test
    @DisplayName("a minimal snapshot keeps its nulls and empty lists")
    default void minimalSnapshot() {
        CaseSnapshot s = intake(sample("RT-min"));
        assertThat(cases().findById("RT-min")).contains(s);
        assertThat(cases().findByIdempotencyKey("key-RT-min")).contains(s);
    }

    /**
     * Every component, with Chinese text, emoji and instants from several zones.
     */
    @Test
    @DisplayName("every component, with Chinese text, emoji and instants from several zones")
    default void everyComponent() {
        CaseSnapshot s = intake(Snapshots.full("RT-全部-😀"));
        CaseSnapshot read = cases().findById(s.id()).orElseThrow();
        assertThat(read).usingRecursiveComparison().isEqualTo(s);
        assertThat(read).isEqualTo(s);
        assertThat(cases().findByIdempotencyKey(s.idempotencyKey())).contains(s);
    }

    /**
     * The longest texts, ids and keys the SPI allows.
     */
    @Test
    @DisplayName("the longest texts, ids and keys the SPI allows")
    default void longestTexts() {
        CaseSnapshot s = intake(Snapshots.longest("RT-long-"));
        assertThat(s.id()).hasSize(CaseSnapshot.MAX_ID_LENGTH);
        assertThat(s.idempotencyKey()).hasSize(CaseSnapshot.MAX_KEY_LENGTH);
        assertThat(s.contentSummary()).hasSize(CaseSnapshot.MAX_SUMMARY_LENGTH);
        assertThat(s.onlineReplyText()).hasSize(CaseSnapshot.MAX_TEXT_LENGTH);
        assertThat(cases().findById(s.id())).contains(s);
        assertThat(cases().findByIdempotencyKey(s.idempotencyKey())).contains(s);
    }

    /**
     * Instants keep their microseconds whatever zone they were created in, also in DST gaps and overlaps.
     *
     * @param zone the zone under test
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTC", "Asia/Shanghai", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe",
            "Pacific/Kiritimati", "America/St_Johns"})
    @DisplayName("instants keep their microseconds whatever zone they were created in, also in DST gaps and overlaps")
    default void instantsAcrossZones(String zone) {
        List<LocalDateTime> walls = List.of(
                LocalDateTime.of(2025, 3, 9, 2, 30, 0, 123_456_000),
                LocalDateTime.of(2025, 3, 30, 2, 30, 0, 1_000),
                LocalDateTime.of(2025, 10, 26, 2, 30, 0, 999_999_000),
                LocalDateTime.of(2025, 11, 2, 1, 30, 0, 500_000),
                LocalDateTime.of(2025, 4, 6, 1, 45, 0, 10_000));
        int i = 0;
        for (LocalDateTime wall : walls) {
            Instant at = Snapshots.inZone(wall, zone);
            String id = "RT-zone-" + zone.replace('/', '_') + "-" + i++;
            CaseSnapshot s = sample(id).toBuilder()
                    .receivedAt(at).handedOverAt(at.plus(1, ChronoUnit.MICROS)).closedAt(at)
                    .lastModifiedAt(at).build();
            intake(s);
            CaseSnapshot read = cases().findById(id).orElseThrow();
            assertThat(read.receivedAt()).as("receivedAt of %s in %s", wall, zone).isEqualTo(at);
            assertThat(read.handedOverAt()).isEqualTo(at.plus(1, ChronoUnit.MICROS));
            assertThat(read).isEqualTo(s);
        }
    }

    /**
     * An update replaces the snapshot: lists may shrink, fields may become null.
     */
    @Test
    @DisplayName("an update replaces the snapshot: lists may shrink, fields may become null")
    default void updateReplacesEverything() {
        CaseSnapshot full = intake(Snapshots.full("RT-upd"));
        CaseSnapshot emptier = sample("RT-upd").toBuilder()
                .idempotencyKey(full.idempotencyKey()).version(2).state("HANDLING").build();
        cases().save(emptier, 1, List.of(audit(emptier, "Reset")));
        assertThat(cases().findById("RT-upd")).contains(emptier);
    }

    /**
     * A text longer than allowed is rejected with nothing written, or kept whole: never truncated.
     */
    @Test
    @DisplayName("a text longer than allowed is rejected with nothing written, or kept whole: never truncated")
    default void neverTruncated() {
        CaseSnapshot tooLong = sample("RT-too-long").toBuilder()
                .contentSummary(Snapshots.text(CaseSnapshot.MAX_SUMMARY_LENGTH + 1))
                .onlineReplyText(Snapshots.text(CaseSnapshot.MAX_TEXT_LENGTH + 1)).build();
        boolean rejected;
        try {
            cases().save(tooLong, 0, List.of(audit(tooLong, "Receive")));
            rejected = false;
        } catch (RuntimeException e) {
            rejected = true;
        }
        if (rejected) {
            assertThat(cases().findById("RT-too-long")).isEmpty();
            assertThat(cases().auditTrail("RT-too-long")).isEmpty();
        } else {
            assertThat(cases().findById("RT-too-long")).contains(tooLong);
        }
    }

    /**
     * Unknown ids and keys find nothing.
     */
    @Test
    @DisplayName("unknown ids and keys find nothing")
    default void unknown() {
        intake(sample("RT-known"));
        assertThat(cases().findById("RT-unknown")).isEmpty();
        assertThat(cases().findByIdempotencyKey("key-RT-unknown")).isEmpty();
        assertThat(cases().auditTrail("RT-unknown")).isEmpty();
    }

    /**
     * Ids and keys are exact: case, trailing spaces and distinct emoji make distinct cases.
     */
    @Test
    @DisplayName("ids and keys are exact: case, trailing spaces and distinct emoji make distinct cases")
    default void exactIds() {
        List<String> ids = List.of("RT-a", "RT-A", "RT-a ", "RT-😀", "RT-😁", "rt-a");
        for (String id : ids) {
            intake(sample(id).toBuilder().idempotencyKey("K" + id).contentSummary("summary of " + id).build());
        }
        for (String id : ids) {
            assertThat(cases().findById(id)).get().extracting(CaseSnapshot::contentSummary)
                    .isEqualTo("summary of " + id);
            assertThat(cases().findByIdempotencyKey("K" + id)).get().extracting(CaseSnapshot::id)
                    .isEqualTo(id);
        }
        assertThat(cases().find(CaseQuery.all(), null, 100).items()).hasSize(ids.size());
    }
}
