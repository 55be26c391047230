package dev.wuye.complaint.desk;

import dev.wuye.complaint.cases.OpinionType;
import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.report.ClauseFiveViews;
import dev.wuye.complaint.report.CustomerCommunicationRow;
import dev.wuye.complaint.report.Form;
import dev.wuye.complaint.report.ReportTable;
import dev.wuye.complaint.spi.CaseQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/** R-4.2.4b: the customer communication sheet 《客户沟通信息表》, built from cases driven through the desk. */
class CustomerCommunicationSheetTest extends DeskScenario {

    @Test
    @DisplayName("R-4.2.4b the customer communication sheet lists the duty registrations with their nature: an invalid one signed by the head, a valid one with its record number")
    void R_4_2_4b_customer_communication_sheet() {
        clock.set(LocalDateTime.of(2025, 3, 14, 22, 15)); // Friday night
        String invalid = received(opinion().recorder(DUTY_OFFICER_SUN).receivedAt(clock.instant()));
        clock.set(LocalDateTime.of(2025, 3, 15, 20, 0)); // Saturday evening
        String valid = received(opinion().recorder(DUTY_OFFICER_SUN).receivedAt(clock.instant()));
        clock.set(LocalDateTime.of(2025, 3, 17, 8, 40)); // Monday, before the office opens at 08:30 + 10 min
        accept(new HandOver(DUTY_OFFICER_SUN, invalid, RECEIVER.staffId()));
        accept(new HandOver(DUTY_OFFICER_SUN, valid, RECEIVER.staffId()));
        clock.set(LocalDateTime.of(2025, 3, 17, 10, 0));
        String daytime = received(opinion());
        accept(new Classify(RECEIVER, invalid, OpinionType.COMPLAINT, ValidityGround.OTHER, "NOISE_NEIGHBOURS", false));
        accept(new ConfirmInvalid(HEAD, invalid));
        accept(new Classify(RECEIVER, valid, OpinionType.COMPLAINT, ValidityGround.STAFF_ATTITUDE, "STAFF_ATTITUDE", false));

        List<CustomerCommunicationRow> rows = ClauseFiveViews.defaults().customerCommunication(
                storage.cases().stream(new CaseQuery(null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), null,
                        false), 50));

        assertThat(rows).extracting(CustomerCommunicationRow::caseId).containsExactly(invalid, valid)
                .doesNotContain(daytime);
        CustomerCommunicationRow first = rows.get(0);
        assertThat(first.registeredAt()).isEqualTo("2025-03-14 22:15");
        assertThat(first.dutyOfficerId()).isEqualTo("d-sun");
        assertThat(first.handedOverAt()).isEqualTo("2025-03-17 08:40");
        assertThat(first.receiverId()).isEqualTo("r-wang");
        assertThat(first.nature()).isEqualTo("无效投诉");
        assertThat(first.confirmedBy()).isEqualTo("h-li");
        assertThat(first.recordNumber()).isEmpty();
        CustomerCommunicationRow second = rows.get(1);
        assertThat(second.registeredAt()).isEqualTo("2025-03-15 20:00");
        assertThat(second.nature()).isEqualTo("有效投诉");
        assertThat(second.confirmedBy()).isEmpty();
        assertThat(second.recordNumber()).isEqualTo("C01-202503-" + valid);
        assertThat(second.customerPhone()).isEqualTo("13812345678");
        assertThat(second.toString()).doesNotContain("13812345678").contains("138****5678");

        ReportTable table = ClauseFiveViews.table(Form.CUSTOMER_COMMUNICATION, rows);
        assertThat(table.title(Locale.CHINESE)).isEqualTo("客户沟通信息表");
        assertThat(table.headers(Locale.CHINESE)).contains("意见性质", "负责人确认签字", "记录号");
        assertThat(table.cell(1, "recordNumber")).isEqualTo("C01-202503-" + valid);
    }
}
