package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.StatisticsRead;
import dev.wuye.complaint.spi.StoreException;
import dev.wuye.complaint.tck.Snapshots;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statistics read's list-column reader: the kept fields of any JSON the columns may hold, or a refusal. */
class ListSkimmerTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the columns as written: the kept fields of every cycle and follow-up, texts with quotes, backslashes and emoji passed over")
    void readsTheColumnsAsWritten() {
        Instant t = Instant.parse("2025-03-14T02:03:04.123456Z");
        List<HandlingCycle> cycles = List.of(
                new HandlingCycle(1, List.of("S1", "S2"), "H1", t, "他说\"不满意\" \\ 🛗\n", true, "a", null, "s", "S1", t,
                        "H1", t, "r", "H1", t.plusSeconds(60)),
                new HandlingCycle(2, List.of(), null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null));
        List<FollowUpEntry> followUps = List.of(
                new FollowUpEntry(1, t, "R1", "HOME_VISIT", true, false, null, "\"回访\" \\ 😠"),
                new FollowUpEntry(2, t.plusSeconds(1), "R1", "PHONE", null, null, true, null));
        assertThat(ListSkimmer.cycles(utf8(ListColumns.cycles(cycles)))).containsExactly(
                StatisticsRead.cycle(1, t, t.plusSeconds(60)), StatisticsRead.cycle(2, null, null));
        assertThat(ListSkimmer.followUps(utf8(ListColumns.followUps(followUps)))).containsExactly(
                StatisticsRead.followUp(1, t, "HOME_VISIT", true, false, null),
                StatisticsRead.followUp(2, t.plusSeconds(1), "PHONE", null, null, true));
        assertThat(ListSkimmer.cycles(utf8(ListColumns.cycles(Snapshots.full("x").cycles()))))
                .extracting(HandlingCycle::number).containsExactly(1, 2);
        assertThat(ListSkimmer.cycles(utf8("[]"))).isEmpty();
        assertThat(ListSkimmer.followUps(utf8(" [ ] "))).isEmpty();
    }

    @Test
    @DisplayName("any JSON: whitespace, another field order, unknown fields with nested values, escapes in a kept string")
    void readsAnyJson() {
        String json = "[ {\n \"completedAt\" : null, \"extra\": {\"a\": [1, \"]}\", {\"b\": null}]},"
                + " \"handlerIds\": [\"x\\\"y\"], \"number\": 3, \"assignedAt\": \"2025-01-02T03:04:05Z\" } ]";
        assertThat(ListSkimmer.cycles(utf8(json)))
                .containsExactly(StatisticsRead.cycle(3, Instant.parse("2025-01-02T03:04:05Z"), null));
        String fu = "[{\"method\":\"PH\\u004FNE\",\"at\":\"2025-01-02T03:04:05.000001Z\",\"cycle\":1,"
                + "\"timely\":false,\"remarks\":\"\\\\\\\"\",\"attitudeSatisfied\":true}]";
        assertThat(ListSkimmer.followUps(utf8(fu))).containsExactly(StatisticsRead.followUp(1,
                Instant.parse("2025-01-02T03:04:05.000001Z"), "PHONE", false, null, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[", "[{", "[{}", "{}", "[1]", "[]x", "[{\"number\":}]", "[{\"number\":1.5}]",
            "[{\"number\":\"1\"}]", "[{\"assignedAt\":\"2025-01-02T03:04:05Z}]", "[{\"number\" 1}]"})
    @DisplayName("what is not the JSON of a list column is refused, not misread")
    void refusesWhatIsNotAListColumn(String json) {
        assertThatThrownBy(() -> ListSkimmer.cycles(utf8(json))).isInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName("a follow-up's answers other than true, false or null are refused")
    void refusesOtherAnswers() {
        assertThatThrownBy(() -> ListSkimmer.followUps(utf8("[{\"timely\":\"yes\"}]"))).isInstanceOf(StoreException.class);
    }
}
