package dev.wuye.complaint.store.jdbc;

import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.HandlingCycle;
import dev.wuye.complaint.spi.NoteEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list columns' reader matches field names in the order the writer puts them, and still reads a
 * column whose fields come in another order, lack some, or carry fields it does not know (an older or a
 * newer writer): the values, written out here by hand, are the same either way — and the same read from the
 * column's UTF-8 bytes (how the PostgreSQL dialect hands them over) as from its text.
 */
class ListColumnsReadTest {

    private static final Instant AT = Instant.ofEpochSecond(1_741_572_000L, 123_456_000);

    @Test
    @DisplayName("a note in written order, in reverse order, and with unknown fields around its own")
    void notesInAnyOrder() {
        NoteEntry expected = new NoteEntry(AT, "hd-zhao", "PROGRESS", "已约业主周四上门致歉");
        assertThat(ListColumns.notes("[{\"at\":\"2025-03-10T02:00:00.123456Z\",\"authorId\":\"hd-zhao\","
                + "\"kind\":\"PROGRESS\",\"text\":\"已约业主周四上门致歉\"}]")).containsExactly(expected);
        assertThat(ListColumns.notes("[{\"text\":\"已约业主周四上门致歉\",\"kind\":\"PROGRESS\","
                + "\"authorId\":\"hd-zhao\",\"at\":\"2025-03-10T02:00:00.123456Z\"}]")).containsExactly(expected);
        assertThat(ListColumns.notes("[{\"extra\":{\"a\":[1,{\"b\":2}]},\"at\":\"2025-03-10T02:00:00.123456Z\","
                + "\"authorId\":\"hd-zhao\",\"later\":[\"x\"],\"kind\":\"PROGRESS\",\"text\":\"已约业主周四上门致歉\","
                + "\"last\":null}]")).containsExactly(expected);
    }

    @Test
    @DisplayName("a cycle with fields missing and out of order keeps the defaults of the missing ones")
    void cycleOutOfOrder() {
        List<HandlingCycle> read = ListColumns.cycles("[{\"assignedBy\":\"h-li\",\"number\":2,"
                + "\"handlerIds\":[\"hd-zhao\",\"hd-qian\"],\"unknown\":true,\"completedAt\":null,"
                + "\"onSiteVerified\":false}]");
        assertThat(read).containsExactly(new HandlingCycle(2, List.of("hd-zhao", "hd-qian"), "h-li", null, null,
                Boolean.FALSE, null, null, null, null, null, null, null, null, null, null));
    }

    @Test
    @DisplayName("two follow-ups in written order, the second with an unknown last field")
    void followUps() {
        List<FollowUpEntry> read = ListColumns.followUps("[{\"cycle\":1,\"at\":\"2025-03-10T02:00:00.123456Z\","
                + "\"byStaffId\":\"r-wang\",\"method\":\"PHONE\",\"timely\":true,\"resultSatisfied\":false,"
                + "\"attitudeSatisfied\":null,\"remarks\":\"业主不满意\"},{\"cycle\":2,\"at\":\"2025-03-10T02:00:00Z\","
                + "\"byStaffId\":\"r-wang\",\"method\":\"VISIT\",\"timely\":false,\"resultSatisfied\":true,"
                + "\"attitudeSatisfied\":true,\"remarks\":null,\"next\":{\"x\":1}}]");
        assertThat(read).containsExactly(
                new FollowUpEntry(1, AT, "r-wang", "PHONE", Boolean.TRUE, Boolean.FALSE, null, "业主不满意"),
                new FollowUpEntry(2, Instant.ofEpochSecond(1_741_572_000L), "r-wang", "VISIT", Boolean.FALSE,
                        Boolean.TRUE, Boolean.TRUE, null));
    }

    @Test
    @DisplayName("the same columns read from their UTF-8 bytes, Chinese text included, and empty lists")
    void fromUtf8Bytes() {
        String notes = "[{\"at\":\"2025-03-10T02:00:00.123456Z\",\"authorId\":\"hd-zhao\",\"kind\":\"PROGRESS\","
                + "\"text\":\"已约业主周四上门致歉\"}]";
        assertThat(ListColumns.notes(notes.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new NoteEntry(AT, "hd-zhao", "PROGRESS", "已约业主周四上门致歉"));
        assertThat(ListColumns.strings("[\"C01\",\"工程部\"]".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("C01", "工程部");
        assertThat(ListColumns.cycles("[{\"number\":1,\"handlerIds\":[],\"assignedBy\":\"h-li\"}]"
                .getBytes(StandardCharsets.UTF_8))).containsExactly(new HandlingCycle(1, List.of(), "h-li", null, null,
                null, null, null, null, null, null, null, null, null, null, null));
        assertThat(ListColumns.followUps("[]".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ListColumns.cycles("[]".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
