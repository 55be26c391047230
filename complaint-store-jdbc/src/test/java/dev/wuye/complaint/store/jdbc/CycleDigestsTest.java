package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.StatisticsRead;
import dev.wuye.complaint.spi.StoreException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cycle digest's text ({@link CycleDigests}): of each cycle its number and its assignment and completion as
 * microseconds since 1970, written out here by hand (2025-03-10T02:00:00Z is 1,741,572,000 s; 2025-03-11T01:30Z a
 * day less half an hour later, 1,741,656,600 s; 2025-03-13T01:30Z two days after that, 1,741,829,400 s).
 */
class CycleDigestsTest {

    private static final Instant COMPLETED = Instant.parse("2025-03-10T02:00:00.123456Z");

    private static HandlingCycle cycle(int number, Instant assigned, Instant completed) {
        return new HandlingCycle(number, List.of("hd-zhao"), "h-li", assigned, "属实", true, null, null, "致歉", "hd-zhao",
                null, "h-li", null, "已致歉", "h-li", completed);
    }

    private static List<HandlingCycle> read(String text) {
        return CycleDigests.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("two cycles, the second not completed; no cycles is the empty text")
    void written() {
        HandlingCycle first = cycle(1, Instant.parse("2025-03-11T01:30:00Z"), COMPLETED);
        HandlingCycle second = cycle(2, Instant.parse("2025-03-13T01:30:00Z"), null);
        assertThat(CycleDigests.write(List.of())).isEmpty();
        assertThat(CycleDigests.write(List.of(first, second)))
                .isEqualTo("1,1741656600000000,1741572000123456;2,1741829400000000,");
        assertThat(CycleDigests.write(List.of(cycle(1, null, null)))).isEqualTo("1,,");
    }

    @Test
    @DisplayName("read back: each cycle's kept fields, as the statistics read keeps them")
    void readBack() {
        assertThat(read("1,1741656600000000,1741572000123456;2,1741829400000000,")).containsExactly(
                StatisticsRead.cycle(1, Instant.parse("2025-03-11T01:30:00Z"), COMPLETED),
                StatisticsRead.cycle(2, Instant.parse("2025-03-13T01:30:00Z"), null));
        assertThat(read("")).isEmpty();
        assertThat(read("1,,")).containsExactly(StatisticsRead.cycle(1, null, null));
    }

    @Test
    @DisplayName("before 1970 the count is negative: 1969-12-31T23:59:59.5Z is -500,000 µs")
    void beforeTheEpoch() {
        Instant halfSecondBefore = Instant.ofEpochSecond(-1, 500_000_000);
        assertThat(CycleDigests.write(List.of(cycle(1, halfSecondBefore, null)))).isEqualTo("1,-500000,");
        assertThat(read("1,-500000,")).containsExactly(StatisticsRead.cycle(1, halfSecondBefore, null));
    }

    @Test
    @DisplayName("an instant with no microsecond count in a long has no digest: the cycles column is read instead")
    void beyondALong() {
        assertThat(CycleDigests.write(List.of(cycle(1, Instant.MAX, null)))).isNull();
        assertThat(CycleDigests.write(List.of(cycle(1, COMPLETED, Instant.MIN)))).isNull();
    }

    @Test
    @DisplayName("a digest written as JSON by earlier versions reads the same")
    void jsonDigest() {
        assertThat(read("[{\"number\":1,\"assignedAt\":\"2025-03-11T01:30:00Z\",\"completedAt\":\"2025-03-10T02:00:00.123456Z\"},"
                + "{\"number\":2,\"assignedAt\":\"2025-03-13T01:30:00Z\",\"completedAt\":null}]"))
                .isEqualTo(read("1,1741656600000000,1741572000123456;2,1741829400000000,"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1", "1,", "1,2", "1,2,3,", "1,2,3;", "x,,", ",,", "1,,;", "1,,;2", "1,a,", "1,-,",
        "2147483648,,", "1,99999999999999999999,", "1,, "})
    @DisplayName("anything else is refused, naming the text")
    void malformed(String text) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(StoreException.class).hasMessageContaining("cycle digest");
    }
}
