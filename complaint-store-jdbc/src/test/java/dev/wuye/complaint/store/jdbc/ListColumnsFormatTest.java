package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.NoteEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored text of the list columns is a format of its own (rows written by earlier versions must stay
 * readable): field names, order, {@code null}s, instants at microseconds in UTC. Expected texts written
 * by hand.
 */
class ListColumnsFormatTest {

    private static final Instant AT = Instant.parse("2025-03-10T02:00:00.123456789Z");

    @Test
    @DisplayName("an empty list is [] and department lists are arrays of strings")
    void strings() {
        assertThat(ListColumns.strings(List.<String>of())).isEqualTo("[]");
        assertThat(ListColumns.strings(List.of("C02", "GMD"))).isEqualTo("[\"C02\",\"GMD\"]");
        assertThat(ListColumns.strings("[\"C02\",\"GMD\"]")).containsExactly("C02", "GMD");
    }

    @Test
    @DisplayName("a note: instant cut to microseconds, texts escaped as JSON, read back equal but for the nanoseconds")
    void notes() {
        NoteEntry note = new NoteEntry(AT, "h-li", "PROGRESS", "已联系 \"维保\"\n第二行");
        String json = ListColumns.notes(List.of(note));
        assertThat(json).isEqualTo("[{\"at\":\"2025-03-10T02:00:00.123456Z\",\"authorId\":\"h-li\",\"kind\":\"PROGRESS\","
                + "\"text\":\"已联系 \\\"维保\\\"\\n第二行\"}]");
        assertThat(ListColumns.notes(json)).containsExactly(
                new NoteEntry(Instant.parse("2025-03-10T02:00:00.123456Z"), "h-li", "PROGRESS", "已联系 \"维保\"\n第二行"));
    }

    @Test
    @DisplayName("a follow-up with an unanswered question: the flag is written as null and read back as null")
    void followUps() {
        FollowUpEntry f = new FollowUpEntry(1, Instant.parse("2025-03-12T08:00:00Z"), "r-wang", "PHONE", true, null, false,
                null);
        String json = ListColumns.followUps(List.of(f));
        assertThat(json).isEqualTo("[{\"cycle\":1,\"at\":\"2025-03-12T08:00:00Z\",\"byStaffId\":\"r-wang\",\"method\":\"PHONE\","
                + "\"timely\":true,\"resultSatisfied\":null,\"attitudeSatisfied\":false,\"remarks\":null}]");
        assertThat(ListColumns.followUps(json)).containsExactly(f);
    }

    @Test
    @DisplayName("a handling cycle just assigned: every later field null, in the stored order")
    void cycles() {
        HandlingCycle c = new HandlingCycle(1, List.of("hd-zhao", "hd-qian"), "h-li", Instant.parse("2025-03-11T01:30:00Z"),
                null, null, null, null, null, null, null, null, null, null, null, null);
        String json = ListColumns.cycles(List.of(c));
        assertThat(json).isEqualTo("[{\"number\":1,\"handlerIds\":[\"hd-zhao\",\"hd-qian\"],\"assignedBy\":\"h-li\","
                + "\"assignedAt\":\"2025-03-11T01:30:00Z\",\"investigation\":null,\"onSiteVerified\":null,\"analysis\":null,"
                + "\"sameProblemElsewhere\":null,\"solution\":null,\"solutionProposedBy\":null,\"solutionProposedAt\":null,"
                + "\"approvedBy\":null,\"approvedAt\":null,\"result\":null,\"resultSignedBy\":null,\"completedAt\":null}]");
        assertThat(ListColumns.cycles(json)).containsExactly(c);
    }
}
