package dev.wuye.complaint.examples.quickstart;

import dev.wuye.complaint.statistics.AnalysisMetric;
import dev.wuye.complaint.statistics.MetricChange;
import dev.wuye.complaint.statistics.MonthlyAnalysis;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Prints the monthly analysis table 《月客户意见统计分析表》 with the previous month beside it. */
final class MonthlyTablePrinter {

    private MonthlyTablePrinter() {
    }

    static void print(PrintStream out, MonthlyAnalysis previous, MonthlyAnalysis current, boolean english) {
        String title = english ? "Monthly customer-opinion analysis table" : "月客户意见统计分析表";
        out.println();
        out.println(title + "  " + current.department() + "  " + current.period());
        String metricHeader = english ? "Figure" : "项目";
        int w = 34;
        out.println(pad(metricHeader, w) + pad(previous.period(), 16) + pad(current.period(), 16)
                + (english ? "Change" : "环比"));
        out.println("-".repeat(w + 16 + 16 + 10));
        for (AnalysisMetric m : AnalysisMetric.values()) {
            MetricChange c = MetricChange.between(m, previous, current);
            String change = change(c);
            out.println(pad(english ? m.labelEn() : m.label(), w) + pad(m.display(previous), 16)
                    + pad(m.display(current), 16) + change);
        }
        out.println();
        out.println((english ? "By type: " : "按类型：") + labels(current.byType(), english, true));
        out.println((english ? "By channel: " : "按渠道：") + labels(current.byChannel(), english, false));
        out.println((english ? "By category: " : "按类别：") + labels(current.byCategory(), english, false));
    }

    static String change(MetricChange c) {
        if (c.previous().isEmpty() || c.current().isEmpty()) {
            return "—";
        }
        double d = c.current().getAsDouble() - c.previous().getAsDouble();
        if (c.metric().isRate()) {
            return String.format(Locale.ROOT, "%+.1f pp", d * 100);
        }
        return String.format(Locale.ROOT, "%+d", Math.round(d));
    }

    private static String labels(Map<String, Long> counts, boolean english, boolean types) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((code, n) -> {
            if (sb.length() > 0) {
                sb.append("  ");
            }
            sb.append(Labels.of(code, english)).append(' ').append(n);
        });
        return sb.toString();
    }

    static String pad(String s, int width) {
        int w = XlsxExport.displayWidth(s);
        return s + " ".repeat(Math.max(1, width - w));
    }
}
