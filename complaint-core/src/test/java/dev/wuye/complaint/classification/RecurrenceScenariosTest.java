package dev.wuye.complaint.classification;

import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.testdata.Cases;
import dev.wuye.complaint.cases.Channel;
import dev.wuye.complaint.testdata.Dataset2025;
import dev.wuye.complaint.testdata.DeskDriver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static dev.wuye.complaint.testdata.Cases.base;
import static dev.wuye.complaint.testdata.Cases.cycle;
import static org.assertj.core.api.Assertions.assertThat;

class RecurrenceScenariosTest {

    final RecurrenceDetector detector = RecurrenceDetector.withDefaults();

    @Test
    @DisplayName("R-4.4.2d6 no follow-up channel and the same kind recurs within a month: unsatisfied, back to handling")
    void noChannelRecurrenceSendsBack() {
        // A16 (PARKING, C01, no channel) completed Apr 18; A09 (PARKING, C01) accepted Apr 25.
        RecurrenceReport r = detector.detect(Dataset2025.cases().stream(), LocalDate.of(2025, 6, 1));
        assertThat(r.mustReturnToHandling()).singleElement().satisfies(c -> {
            assertThat(c.caseId()).isEqualTo("A16");
            assertThat(c.recurringCaseId()).isEqualTo("A09");
            assertThat(c.ruleId()).isEqualTo("R-4.4.2d6");
            assertThat(c.outcome()).isEqualTo(RecurrenceCheck.Outcome.UNSATISFIED);
            assertThat(c.windowEnd()).isEqualTo(LocalDate.of(2025, 5, 18));
        });
    }

    @Test
    @DisplayName("R-4.4.2d6 the window ends on the same date of the next month, inclusive; the completion day itself does not count")
    void windowBoundaries() {
        CaseSnapshot none = base("N1", "C01", "COMPLAINT", "VALID", "SECURITY", "PHONE", "2025-01-27")
                .followUpChannel("NONE").cycles(List.of(cycle(1, "2025-01-27", "2025-01-31"))).build();
        // Completed Jan 31 -> the window ends Feb 28 (month end clamps).
        CaseSnapshot sameDay = base("N2", "C01", "COMPLAINT", "VALID", "SECURITY", "PHONE", "2025-01-31").build();
        CaseSnapshot lastDay = base("N3", "C01", "SUGGESTION", null, "SECURITY", "PHONE", "2025-02-28").build();
        CaseSnapshot dayAfter = base("N4", "C01", "COMPLAINT", "VALID", "SECURITY", "PHONE", "2025-03-01").build();
        CaseSnapshot praise = base("N5", "C01", "PRAISE", null, "SECURITY", "PHONE", "2025-02-10").build();

        RecurrenceCheck onLastDay = detector.detect(Stream.of(none, sameDay, lastDay), LocalDate.of(2025, 4, 1))
                .checks().get(0);
        assertThat(onLastDay.windowEnd()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(onLastDay.recurringCaseId()).isEqualTo("N3");
        assertThat(onLastDay.returnToHandling()).isTrue();

        RecurrenceCheck after = detector.detect(Stream.of(none, sameDay, dayAfter, praise), LocalDate.of(2025, 4, 1))
                .checks().get(0);
        assertThat(after.outcome()).isEqualTo(RecurrenceCheck.Outcome.SATISFIED);
        assertThat(after.returnToHandling()).isFalse();
    }

    @Test
    @DisplayName("R-4.3.1b repeated opinions of one kind (the second within a month) raise a corrective and preventive action")
    void repeatedRaisesCorrectiveAction() {
        RecurrenceReport r = detector.detect(Dataset2025.cases().stream(), LocalDate.of(2025, 6, 1));
        // Two opinions (complaints, suggestions) of one category in one department, the later accepted
        // within a month of the earlier (after the same date of the month before), make a repeat.
        // CLEANING in C01: M02 Mar 27, A10 Apr 28 (a month and a day apart), B02 May 12 (within A10's month).
        // LANDSCAPING in C01: A07 Apr 14, A08 Apr 21; B11 May 26 is more than a month after A08.
        // PARKING in C01: A16 Apr 16, A09 Apr 25, B09 May 15 (B04 is an inquiry).
        // REPAIRS in C01: M01 Mar 20, A02 Apr 2, A01 Apr 3, A12 Apr 8, B01 May 6, B12 May 30, each within a month of the one before.
        // SECURITY in C01: A03 Apr 1, A11 Apr 15, B03 May 7, B06 May 26 (only A11 has an action open).
        // No repeat: NOISE in C01 (A04 Apr 7, B07 May 9), FEES in GMD (A13 Apr 2, G01 May 12),
        // CLEANING in C02 (D01 Apr 9, D03 May 14), and the kinds with one opinion.
        assertThat(r.suggestions()).filteredOn(s -> s.reason() == CorrectiveActionSuggestion.Reason.REPEATED)
                .extracting(s -> s.kind().category(), CorrectiveActionSuggestion::caseIds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CLEANING_ENVIRONMENT", List.of("A10", "B02")),
                        org.assertj.core.groups.Tuple.tuple("LANDSCAPING", List.of("A07", "A08")),
                        org.assertj.core.groups.Tuple.tuple("PARKING_VEHICLES", List.of("A16", "A09", "B09")),
                        org.assertj.core.groups.Tuple.tuple("REPAIRS_FACILITIES",
                                List.of("M01", "A02", "A01", "A12", "B01", "B12")),
                        org.assertj.core.groups.Tuple.tuple("SECURITY", List.of("A03", "A11", "B03", "B06")));
        assertThat(r.suggestions()).allSatisfy(s -> assertThat(s.ruleId()).isEqualTo("R-4.3.1b"));

        // The threshold stays configurable: with 3, only the kinds with three in one month remain.
        RecurrenceReport three = new RecurrenceDetector(RecurrenceSettings.defaults().withRepeatThreshold(3))
                .detect(Dataset2025.cases().stream(), LocalDate.of(2025, 6, 1));
        // REPAIRS in C01: M01 Mar 20, A02 Apr 2, A01 Apr 3, A12 Apr 8 all within (Mar 8, Apr 8].
        // PARKING in C01: A16 Apr 16, A09 Apr 25, B09 May 15 within (Apr 15, May 15].
        // SECURITY never has 3 in a month: A03 Apr 1, A11 Apr 15, B03 May 7, B06 May 26.
        assertThat(three.suggestions()).filteredOn(s -> s.reason() == CorrectiveActionSuggestion.Reason.REPEATED)
                .extracting(s -> s.kind().category(), CorrectiveActionSuggestion::caseIds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PARKING_VEHICLES", List.of("A16", "A09", "B09")),
                        org.assertj.core.groups.Tuple.tuple("REPAIRS_FACILITIES", List.of("M01", "A02", "A01", "A12")));

        RecurrenceReport strict = new RecurrenceDetector(RecurrenceSettings.defaults().withRepeatThreshold(5))
                .detect(Dataset2025.cases().stream(), LocalDate.of(2025, 6, 1));
        assertThat(strict.suggestions()).noneMatch(s -> s.reason() == CorrectiveActionSuggestion.Reason.REPEATED);
    }

    @Test
    @DisplayName("R-4.3.1b a major or high-impact complaint raises an action unless one is already open")
    void highImpactRaisesCorrectiveAction() {
        RecurrenceReport r = detector.detect(Dataset2025.cases().stream(), LocalDate.of(2025, 6, 1));
        // B10 is major and went to the general manager; A11 is major but its action is already open.
        assertThat(r.suggestions()).filteredOn(s -> s.reason() == CorrectiveActionSuggestion.Reason.HIGH_IMPACT)
                .extracting(CorrectiveActionSuggestion::caseIds).containsExactly(List.of("B10"));
    }

    @Test
    @DisplayName("R-4.3.1b repeated opinions whose cases all have an action open raise nothing new")
    void repeatedWithActionOpen() {
        List<CaseSnapshot> three = List.of(
                base("R1", "C01", "COMPLAINT", "VALID", "SECURITY", "PHONE", "2025-04-01").correctiveAction(true).build(),
                base("R2", "C01", "COMPLAINT", "VALID", "SECURITY", "PHONE", "2025-04-02").correctiveAction(true).build(),
                base("R3", "C01", "COMPLAINT", "VALID", "SECURITY", "PHONE", "2025-04-03").correctiveAction(true).build());
        assertThat(detector.detect(three.stream(), LocalDate.of(2025, 4, 4)).suggestions()).isEmpty();
        assertThat(detector.detect(Stream.concat(three.stream(),
                Stream.of(base("R4", "C01", "COMPLAINT", "VALID", "SECURITY", "PHONE", "2025-04-04").build())),
                LocalDate.of(2025, 4, 4)).suggestions()).singleElement()
                .satisfies(s -> assertThat(s.caseIds()).containsExactly("R1", "R2", "R3", "R4"));
    }

    @Test
    @DisplayName("R-4.4.2d6 a case with a channel is not judged by recurrence")
    void channelCasesNotJudged() {
        DeskDriver d = new DeskDriver();
        d.opinion("P1", "C01", Channel.PHONE).receivedOn("2025-04-01").validComplaint("SECURITY")
                .assignedOn("2025-04-01").completedOn("2025-04-02").followedUpOn("2025-04-03", true, true, true);
        assertThat(detector.detect(d.cases().stream(), LocalDate.of(2025, 6, 1)).checks()).isEmpty();
    }
}
