package dev.wuye.complaint.examples.boot.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.authority.Role;
import dev.wuye.complaint.report.Form;
import dev.wuye.complaint.report.ReportTable;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.HandlingCycle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The personal-data policy on its own: who sees in full where; masked values worked out by hand. */
class PersonalDataPolicyTest {

    final PersonalData policy = new PersonalData();

    static CaseSnapshot snapshot(String receiver, List<HandlingCycle> cycles) {
        Instant at = Instant.parse("2025-03-10T02:00:00Z");
        return CaseSnapshot.builder().id("K1").version(1).idempotencyKey("C01/k1").state("INVESTIGATING")
                .channel("PHONE").customer(new CustomerData("张三丰", "13812345678", "3栋2单元501"))
                .contentSummary("保洁员态度生硬").recordedBy(receiver).receiverId(receiver).department("C01")
                .acceptingLevel("SERVICE_CENTRE").receivedAt(at).acceptanceDate(LocalDate.of(2025, 3, 10))
                .followUpChannel("PHONE").escalationLevel("SERVICE_CENTRE").lastModifiedAt(at).cycles(cycles).build();
    }

    static HandlingCycle cycle(int n, String... handlers) {
        return new HandlingCycle(n, List.of(handlers), "h-li", null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    @Test
    @DisplayName("case view: the receiver and the handlers of any cycle in full; the head and the GMD masked 138****5678 / 3栋***")
    void caseView() {
        CaseSnapshot c = snapshot("r-wang", List.of(cycle(1, "hd-zhao"), cycle(2, "hd-qian")));
        assertThat(policy.caseView(Actor.of("r-wang", "C01", Role.RECEIVER), c).customer().phone()).isEqualTo("13812345678");
        assertThat(policy.caseView(Actor.of("hd-zhao", "C01", Role.HANDLER), c).customer().address()).isEqualTo("3栋2单元501");
        assertThat(policy.caseView(Actor.of("hd-qian", "C01", Role.HANDLER), c).customer().phone()).isEqualTo("13812345678");
        for (Actor other : List.of(Actor.of("h-li", "C01", Role.DEPARTMENT_HEAD, Role.CENTRE_DIRECTOR),
                Actor.of("r-zhang", "C01", Role.RECEIVER), Actor.of("g-zhou", "GMD", Role.GMD_STAFF))) {
            CustomerData seen = policy.caseView(other, c).customer();
            assertThat(seen).as(other.staffId()).isEqualTo(new CustomerData("张三丰", "138****5678", "3栋***"));
        }
        assertThat(policy.caseView(null, c).customer().phone()).as("nobody").isEqualTo("138****5678");
        assertThat(PersonalData.listed(c).customer().phone()).as("lists").isEqualTo("138****5678");
        assertThat(PersonalData.listed(c)).as("only the customer differs")
                .isEqualTo(c.toBuilder().customer(new CustomerData("张三丰", "138****5678", "3栋***")).build());
    }

    @Test
    @DisplayName("exports in full only for a receiver or duty officer of the department exported")
    void exportsInFull() {
        assertThat(policy.exportsInFull(Actor.of("r-wang", "C01", Role.RECEIVER), "C01")).isTrue();
        assertThat(policy.exportsInFull(Actor.of("d-he", "C01", Role.DUTY_OFFICER), "C01")).isTrue();
        assertThat(policy.exportsInFull(Actor.of("r-wang", "C01", Role.RECEIVER), "C02")).isFalse();
        for (Role r : List.of(Role.HANDLER, Role.DEPARTMENT_HEAD, Role.CENTRE_DIRECTOR,
                Role.CUSTOMER_SERVICE_SUPERVISOR, Role.QUALITY_SUPERVISOR, Role.EMPLOYEE)) {
            assertThat(policy.exportsInFull(Actor.of("x", "C01", r), "C01")).as(r.name()).isFalse();
        }
        for (Role r : List.of(Role.GMD_STAFF, Role.MANAGEMENT_REPRESENTATIVE, Role.GENERAL_MANAGER)) {
            assertThat(policy.exportsInFull(Actor.of("x", "GMD", r), "C01")).as(r.name()).isFalse();
        }
        assertThat(policy.exportsInFull(null, "C01")).isFalse();
    }

    @Test
    @DisplayName("a masked record: phone and address columns by Masking, numbers in free text too, other cells unchanged")
    void maskedTable() {
        List<String> cells = new ArrayList<>(Collections.nCopies(Form.INTAKE_LOG.columns().size(), ""));
        cells.set(0, "K1234567890");
        cells.set(5, "13812345678");
        cells.set(6, "3栋2单元501");
        cells.set(9, "请回电13812345678或+8613900001111");
        ReportTable full = new ReportTable(Form.INTAKE_LOG, Form.INTAKE_LOG.columns(), List.of(cells));
        ReportTable masked = PersonalData.masked(full);
        assertThat(masked.cell(0, "customerPhone")).isEqualTo("138****5678");
        assertThat(masked.cell(0, "customerAddress")).isEqualTo("3栋***");
        // +8613900001111: 14 characters, the first three and the last four kept, the seven between masked
        assertThat(masked.cell(0, "contentSummary")).isEqualTo("请回电138****5678或+86*******1111");
        assertThat(masked.cell(0, "caseId")).as("an id is no phone number").isEqualTo("K1234567890");
        assertThat(policy.export(Actor.of("r-wang", "C01", Role.RECEIVER), "C01", full)).isSameAs(full);
        assertThat(policy.export(Actor.of("h-li", "C01", Role.DEPARTMENT_HEAD), "C01", full).cell(0, "customerPhone"))
                .isEqualTo("138****5678");
    }
}
