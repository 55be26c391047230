package dev.wuye.complaint.examples.quickstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wuye.complaint.report.ReportTable;
import dev.wuye.complaint.statistics.AnalysisMetric;
import dev.wuye.complaint.statistics.MonthlyAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The month's HTML report: opinions by type and by category, on-time and satisfaction rates, the
 * trend against the previous month, and the monthly table. One self-contained file: the Chart.js
 * script is inlined from its WebJar, so the report opens offline.
 */
final class HtmlReport {

    /** Where the Chart.js WebJar keeps its browser build. */
    static final String CHART_JS = "META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";

    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlReport() {
    }

    static void write(Path file, MonthlyAnalysis previous, MonthlyAnalysis current, ReportTable monthlyTable,
                      boolean english) throws IOException {
        Locale locale = english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("types", series(current.byType(), english));
        data.put("categories", series(current.byCategory(), english));
        List<AnalysisMetric> rates = List.of(AnalysisMetric.ON_TIME, AnalysisMetric.FOLLOWED_UP,
                AnalysisMetric.FOLLOW_UP_IN_TIME, AnalysisMetric.TIMELINESS_SATISFIED, AnalysisMetric.RESULT_SATISFIED,
                AnalysisMetric.ATTITUDE_SATISFIED);
        data.put("rates", metrics(rates, previous, current, english, true));
        List<AnalysisMetric> counts = List.of(AnalysisMetric.ACCEPTED, AnalysisMetric.VALID_COMPLAINTS,
                AnalysisMetric.INVALID_COMPLAINTS, AnalysisMetric.CLOSED, AnalysisMetric.RE_HANDLED,
                AnalysisMetric.ESCALATED, AnalysisMetric.CARRIED_OVER, AnalysisMetric.VISITS_DONE);
        data.put("trend", metrics(counts, previous, current, english, false));
        data.put("previous", previous.period());
        data.put("current", current.period());

        String chartJs;
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(CHART_JS)) {
            if (in == null) {
                throw new IOException("Chart.js is missing from the classpath: " + CHART_JS);
            }
            chartJs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String title = (english ? "Customer opinions " : "客户意见月报 ") + current.period() + " · " + current.department();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(english ? "en" : "zh-CN").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:24px;color:#222}\n")
                .append("h1{font-size:22px}h2{font-size:16px;margin:0 0 8px}\n")
                .append(".grid{display:grid;grid-template-columns:1fr 1fr;gap:20px}\n")
                .append(".card{border:1px solid #ddd;border-radius:8px;padding:12px;background:#fafafa}\n")
                .append("table{border-collapse:collapse;font-size:13px;margin-top:16px}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}\n")
                .append("</style>\n<script>\n").append(chartJs.replace("</script", "<\\/script"))
                .append("\n</script>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n<div class=\"grid\">\n");
        card(html, "types", english ? "Opinions by type" : "意见按类型");
        card(html, "categories", english ? "Opinions by category" : "意见按类别");
        card(html, "rates", english ? "On-time and satisfaction rates (%)" : "及时率与满意率（%）");
        card(html, "trend", english ? "Trend against the previous month" : "与上月对比");
        html.append("</div>\n<h2 style=\"margin-top:20px\">").append(esc(monthlyTable.title(locale))).append("</h2>\n<table>\n<tr>");
        for (String h : monthlyTable.headers(locale)) {
            html.append("<th>").append(esc(h)).append("</th>");
        }
        html.append("</tr>\n");
        for (List<String> row : monthlyTable.rows()) {
            html.append("<tr>");
            for (String c : row) {
                html.append("<td>").append(esc(c == null ? "" : c)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n<script>\nconst data = ").append(JSON.writeValueAsString(data).replace("</", "<\\/"))
                .append(";\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static final String SCRIPT = """
            Chart.defaults.animation = false;
            const palette = ['#4e79a7','#f28e2b','#e15759','#76b7b2','#59a14f','#edc948','#b07aa1','#ff9da7','#9c755f','#bab0ac'];
            new Chart(document.getElementById('types'), {type: 'doughnut',
              data: {labels: data.types.labels, datasets: [{data: data.types.values, backgroundColor: palette}]}});
            new Chart(document.getElementById('categories'), {type: 'bar',
              data: {labels: data.categories.labels, datasets: [{label: data.current, data: data.categories.values, backgroundColor: '#4e79a7'}]},
              options: {indexAxis: 'y', plugins: {legend: {display: false}}}});
            new Chart(document.getElementById('rates'), {type: 'bar',
              data: {labels: data.rates.labels, datasets: [
                {label: data.previous, data: data.rates.previous, backgroundColor: '#bab0ac'},
                {label: data.current, data: data.rates.current, backgroundColor: '#59a14f'}]},
              options: {scales: {y: {min: 0, max: 100}}}});
            new Chart(document.getElementById('trend'), {type: 'bar',
              data: {labels: data.trend.labels, datasets: [
                {label: data.previous, data: data.trend.previous, backgroundColor: '#bab0ac'},
                {label: data.current, data: data.trend.current, backgroundColor: '#f28e2b'}]}});
            """;

    private static void card(StringBuilder html, String id, String title) {
        html.append("<div class=\"card\"><h2>").append(esc(title)).append("</h2><canvas id=\"").append(id)
                .append("\" height=\"220\"></canvas></div>\n");
    }

    private static Map<String, Object> series(Map<String, Long> counts, boolean english) {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        counts.forEach((code, n) -> {
            labels.add(Labels.of(code, english));
            values.add(n);
        });
        return Map.of("labels", labels, "values", values);
    }

    private static Map<String, Object> metrics(List<AnalysisMetric> ms, MonthlyAnalysis previous, MonthlyAnalysis current,
                                               boolean english, boolean percent) {
        List<String> labels = new ArrayList<>();
        List<Double> prev = new ArrayList<>();
        List<Double> cur = new ArrayList<>();
        for (AnalysisMetric m : ms) {
            labels.add(english ? m.labelEn() : m.label());
            prev.add(value(m, previous, percent));
            cur.add(value(m, current, percent));
        }
        return Map.of("labels", labels, "previous", prev, "current", cur);
    }

    private static Double value(AnalysisMetric m, MonthlyAnalysis a, boolean percent) {
        var v = m.value(a);
        if (v.isEmpty()) {
            return null;
        }
        return percent ? Math.round(v.getAsDouble() * 1000) / 10.0 : v.getAsDouble();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
