package dev.wuye.complaint.report;

import dev.wuye.complaint.spi.DutyLogEntry;
import dev.wuye.complaint.spi.ReportSubmission;
import dev.wuye.complaint.statistics.MonthlyAnalysis;
import dev.wuye.complaint.statistics.MonthlyAnalysisCalculator;
import dev.wuye.complaint.statistics.MonthlyInputs;
import dev.wuye.complaint.statistics.StatisticsSettings;
import dev.wuye.complaint.statistics.TimeLimits;
import dev.wuye.complaint.testdata.Cases;
import dev.wuye.complaint.testdata.Dataset2025;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClauseFiveViewsTest {

    final ClauseFiveViews views = ClauseFiveViews.defaults();

    @Test
    @DisplayName("R-4.2.3a the intake log lists every opinion of every channel in the order received, with the customer in full")
    void intakeLog() {
        List<IntakeLogRow> rows = views.intakeLog(Dataset2025.cases().stream());
        assertThat(rows).hasSize(35);
        assertThat(rows.get(0).caseId()).isEqualTo("M01");
        IntakeLogRow a15 = rows.stream().filter(r -> r.caseId().equals("A15")).findFirst().orElseThrow();
        assertThat(a15.customerPhone()).isEqualTo("13812345678");
        assertThat(a15.dutyRegistration()).isEqualTo("Y");
        // A duty registration is made off hours (R-4.2.4a): the desk takes 09:00 on a working day as office
        // hours, so A15 is registered at 21:00 (the duty log's registration below).
        assertThat(a15.receivedAt()).isEqualTo("2025-04-30 21:00");
        // Not classified yet (only the receiver classifies, after the handover): no category to show.
        assertThat(a15.category()).isEmpty();
        assertThat(a15.toString()).doesNotContain("13812345678").doesNotContain("张三丰").contains("138****5678");
        ReportTable t = ClauseFiveViews.table(Form.INTAKE_LOG, rows);
        assertThat(t.title(Locale.CHINESE)).isEqualTo("客户信息受理表");
        assertThat(t.headers(Locale.CHINESE)).contains("内容提要", "受理人");
        assertThat(t.headers(Locale.ENGLISH)).contains("Summary", "Receiver");
        assertThat(t.cell(0, "caseId")).isEqualTo("M01");
        assertThat(t.toString()).doesNotContain("13812345678");
    }

    @Test
    @DisplayName("R-4.2.3b the handling form has one row per handling cycle, re-handling included")
    void handlingForm() {
        List<HandlingFormRow> rows = views.handlingForms(Dataset2025.cases().stream().filter(c -> c.id().equals("A03")
                || c.id().equals("B12")));
        assertThat(rows).extracting(HandlingFormRow::caseId, HandlingFormRow::cycle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A03", "1"),
                        org.assertj.core.groups.Tuple.tuple("A03", "2"),
                        org.assertj.core.groups.Tuple.tuple("B12", ""));
        assertThat(rows.get(1).result()).isEqualTo("result 2");
        assertThat(rows.get(1).completedAt()).isEqualTo("2025-04-11 16:00");
        assertThat(ClauseFiveViews.table(Form.HANDLING_FORM, rows).title(Locale.CHINESE)).isEqualTo("客户意见反映办理表");
    }

    @Test
    @DisplayName("R-4.5.1 the visit log lists visits by date with the opinions raised")
    void visitLog() {
        List<VisitLogRow> rows = views.visitLog(Dataset2025.visits());
        assertThat(rows).hasSize(12);
        assertThat(rows.get(0).visitId()).isEqualTo("V01");
        assertThat(rows).filteredOn(r -> r.visitId().equals("V03")).singleElement()
                .satisfies(r -> assertThat(r.opinionIds()).isEqualTo("B09"));
        assertThat(rows.get(0).toString()).doesNotContain("13900001111");
        assertThat(ClauseFiveViews.table(Form.VISIT_LOG, rows).headers(Locale.CHINESE)).contains("走访日期");
    }

    @Test
    @DisplayName("R-4.6.3 the monthly table shows every figure, the breakdowns, the overdue cases and the head's signature")
    void monthlyTable() {
        MonthlyAnalysis april = new MonthlyAnalysisCalculator(TimeLimits.chinaMainland(), StatisticsSettings.defaults())
                .analyse("C01", YearMonth.of(2025, 4), Dataset2025.cases().stream(), MonthlyInputs.none());
        ReportSubmission sub = new ReportSubmission("s1", "C01", "2025-04", "MONTHLY_TABLE", "维修类投诉偏多", "HEAD1",
                Cases.t("2025-05-04T10:00"));
        List<MonthlyTableRow> rows = views.monthlyTable(april, Optional.of(sub));
        assertThat(rows).contains(new MonthlyTableRow("处理及时率（已测定）", "Handled on time, of those measured", "6/8 (75.0%)"),
                // 6 on time of 8 measured + 3 open past the limit (M02, A09, A14).
                new MonthlyTableRow("处理及时率（含超时未办结）", "Handled on time, counting open overdue cases", "6/11 (54.5%)"),
                new MonthlyTableRow("有效投诉率", "Valid-complaint share", "10/11 (90.9%)"),
                new MonthlyTableRow("网上回复待观察", "Online replies pending", "1"),
                new MonthlyTableRow("受理总数", "Opinions accepted", "15"),
                new MonthlyTableRow("按类别：维修与设施", "By category: Repairs and facilities", "3"),
                new MonthlyTableRow("负责人签字", "Signed by", "HEAD1"),
                new MonthlyTableRow("月度小结", "Summary", "维修类投诉偏多"));
        // No visits given: the quota rate is undefined, shown as such and not as 0%.
        assertThat(rows).contains(new MonthlyTableRow("走访达标率", "Staff meeting the visit quota", "0/0 (—)"));
        assertThat(rows).filteredOn(r -> r.item().startsWith("超时：")).hasSize(3);
        assertThat(ClauseFiveViews.table(Form.MONTHLY_TABLE, rows).title(Locale.CHINESE)).isEqualTo("客户意见统计分析表");
    }

    @Test
    @DisplayName("R-4.3.1g the duty handover log lists entries in time order without showing their text in toString")
    void dutyHandoverLog() {
        List<DutyLogEntry> entries = List.of(
                new DutyLogEntry("E2", "C01", "D1", Cases.t("2025-04-30T22:00"), "HANDLED", "A15", "电话13812345678 已处理"),
                new DutyLogEntry("E1", "C01", "D1", Cases.t("2025-04-30T21:00"), "REGISTERED", "A15", "registered"));
        List<DutyHandoverRow> rows = views.dutyHandoverLog(entries);
        assertThat(rows).extracting(DutyHandoverRow::kind).containsExactly("REGISTERED", "HANDLED");
        assertThat(rows.get(1).text()).contains("13812345678");
        assertThat(rows.get(1).toString()).doesNotContain("13812345678");
        assertThat(ClauseFiveViews.table(Form.DUTY_HANDOVER_LOG, rows).title(Locale.CHINESE)).isEqualTo("值班交接班记录表");
    }

    @Test
    @DisplayName("R-4.4.2d the complaint and follow-up register has one row per follow-up with the re-handling result")
    void followUpRegister() {
        List<FollowUpRegisterRow> rows = views.followUpRegister(Dataset2025.cases().stream()
                .filter(c -> List.of("A03", "A05", "B12").contains(c.id())));
        // A03: two follow-ups; A05 is an inquiry (skipped); B12: not followed up yet -> one empty row.
        assertThat(rows).extracting(FollowUpRegisterRow::caseId).containsExactly("A03", "A03", "B12");
        assertThat(rows.get(0).resultSatisfied()).isEqualTo("N");
        assertThat(rows.get(0).reHandlingResult()).isEqualTo("result 2");
        assertThat(rows.get(1).reHandlingResult()).isEmpty();
        assertThat(rows.get(0).validity()).isEqualTo("有效投诉");
        assertThat(rows.get(2).followUpAt()).isEmpty();
        assertThat(ClauseFiveViews.table(Form.COMPLAINT_FOLLOW_UP_REGISTER, rows).title(Locale.ENGLISH))
                .isEqualTo("Complaint and follow-up register");
    }

    @Test
    @DisplayName("a table rejects a row whose cell count differs from the form's columns")
    void tableShape() {
        assertThatThrownBy(() -> new ReportTable(Form.MONTHLY_TABLE, Form.MONTHLY_TABLE.columns(), List.of(List.of("x"))))
                .hasMessageContaining("1 cells").hasMessageContaining("3 columns");
        assertThat(Form.values()).hasSize(7);
    }
}
