package dev.wuye.complaint.cases;

import dev.wuye.complaint.ComplaintException;
import dev.wuye.complaint.lifecycle.Route;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.FollowUpEntry;
import dev.wuye.complaint.spi.NoteEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mapping the aggregate to and from the SPI snapshot; codes are enum names, states LifecycleState names. */
class CaseSnapshotMappingTest {

    static final Instant T0 = Instant.parse("2025-03-10T02:00:00Z");

    static Case received(FollowUpMethod followUp) {
        Intake intake = new Intake("k-1", Channel.PHONE, new Customer("张三丰", "13812345678", "3栋2单元501"),
                "电梯故障", "r-wang", "r-wang", "C01", AcceptingLevel.SERVICE_CENTRE, T0, LocalDate.of(2025, 3, 10),
                false, null, T0.plusSeconds(3600), FollowUpMethod.PHONE, ReplyBasis.AGREED, followUp, false, null);
        return ((Outcome.Changed) Case.receive(new CaseId("CASE0001"), intake, T0)).after();
    }

    @Test
    @DisplayName("a received case maps to a version-1 snapshot with enum-name codes and restores equal")
    void roundTrip() {
        Case c = received(FollowUpMethod.HOME_VISIT);
        CaseSnapshot s = c.toSnapshot();

        assertThat(s.version()).isEqualTo(1);
        assertThat(s.state()).isEqualTo(LifecycleState.AWAITING_CLASSIFICATION.name());
        assertThat(s.channel()).isEqualTo("PHONE");
        assertThat(s.followUpChannel()).isEqualTo("HOME_VISIT");
        assertThat(s.escalationLevel()).isEqualTo("HANDLER");
        assertThat(Case.restore(s)).isEqualTo(c);
        assertThat(Case.restore(s).route()).isEqualTo(Route.UNCLASSIFIED);
    }

    @Test
    @DisplayName("restoring an unknown code fails with an exception naming the field and the value")
    void unknownCode() {
        CaseSnapshot bad = received(FollowUpMethod.PHONE).toSnapshot().toBuilder().channel("CARRIER_PIGEON").build();

        assertThatThrownBy(() -> Case.restore(bad))
                .isInstanceOf(InvalidSnapshotException.class)
                .isInstanceOf(ComplaintException.class)
                .hasMessageContaining("'channel'")
                .hasMessageContaining("'CARRIER_PIGEON'")
                .hasMessageContaining("CASE0001")
                .satisfies(e -> {
                    assertThat(((InvalidSnapshotException) e).field()).isEqualTo("channel");
                    assertThat(((InvalidSnapshotException) e).value()).isEqualTo("CARRIER_PIGEON");
                });
    }

    @Test
    @DisplayName("restoring checks states, note kinds and follow-up methods too")
    void unknownNestedCodes() {
        CaseSnapshot s = received(FollowUpMethod.PHONE).toSnapshot();

        assertThatThrownBy(() -> Case.restore(s.toBuilder().state("HANDLING_AWAITING_APPROVAL").build()))
                .hasMessageContaining("'state'").hasMessageContaining("HANDLING_AWAITING_APPROVAL");
        assertThatThrownBy(() -> Case.restore(s.toBuilder()
                .notes(List.of(new NoteEntry(T0, "x", "GOSSIP", "t"))).build()))
                .hasMessageContaining("'notes[0].kind'").hasMessageContaining("GOSSIP");
        assertThatThrownBy(() -> Case.restore(s.toBuilder()
                .followUps(List.of(new FollowUpEntry(1, T0, "x", "SMOKE_SIGNAL", null, true, null, null))).build()))
                .hasMessageContaining("'followUps[0].method'");
        assertThatThrownBy(() -> Case.restore(s.toBuilder().followUpChannel("RECURRENCE_CHECK").build()))
                .hasMessageContaining("'followUpChannel'");
        assertThatThrownBy(() -> Case.restore(s.toBuilder().version(0).build()))
                .hasMessageContaining("'version'");
        assertThatThrownBy(() -> Case.restore(s.toBuilder().state("EXECUTING").build()))
                .hasMessageContaining("'cycles'").hasMessageContaining("EXECUTING");
    }

    @Test
    @DisplayName("customer data is masked in toString of the customer, the aggregate and the snapshot")
    void masked() {
        Case c = received(FollowUpMethod.PHONE);

        assertThat(new Customer("张三丰", "13812345678", "3栋2单元501").toString())
                .contains("张**", "138****5678", "3栋***").doesNotContain("三丰", "1234", "2单元");
        assertThat(c.toString()).doesNotContain("三丰", "12345678", "2单元501");
        assertThat(c.toSnapshot().toString()).doesNotContain("三丰", "12345678");
    }

    @Test
    @DisplayName("R-4.4.2a a closed valid complaint without its follow-up cannot be archived (restored state)")
    void archiveNeedsFollowUp() {
        CaseSnapshot closedWithoutFollowUp = received(FollowUpMethod.PHONE).toSnapshot().toBuilder()
                .state("CLOSED").type("COMPLAINT").validity("VALID").validityGround("STAFF_ATTITUDE")
                .closedAt(T0).build();
        Case c = Case.restore(closedWithoutFollowUp);

        Outcome o = c.archive("C01-2025-03", new Act("r-wang", T0, LifecycleEngines.defaultEngine()));

        assertThat(o).isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(r.ruleId()).isEqualTo("R-4.4.2a"));
    }

    @Test
    @DisplayName("R-4.3.1a an assignment without handlers is refused by the aggregate")
    void noHandlers() {
        Case c = Case.restore(received(FollowUpMethod.PHONE).toSnapshot().toBuilder()
                .state("AWAITING_ASSIGNMENT").type("INQUIRY").build());

        Outcome o = c.assign(List.of(), new Act("h-li", T0, LifecycleEngines.defaultEngine()));

        assertThat(o).isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(r.ruleId()).isEqualTo("R-4.3.1a"));
    }

    @Test
    @DisplayName("each accepted act yields a new aggregate with version + 1; the old one is unchanged")
    void immutable() {
        Case c = received(FollowUpMethod.PHONE);
        Outcome o = c.classify(new Classification(OpinionType.PRAISE, null, "SERVICE", false),
                new Act("r-wang", T0.plusSeconds(60), LifecycleEngines.defaultEngine()));

        Outcome.Changed changed = (Outcome.Changed) o;
        assertThat(changed.after().version()).isEqualTo(2);
        assertThat(changed.after().state()).isEqualTo(LifecycleState.AWAITING_ASSIGNMENT);
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.state()).isEqualTo(LifecycleState.AWAITING_CLASSIFICATION);
        assertThat(changed.event()).isInstanceOf(CaseEvent.Classified.class);
    }
}
