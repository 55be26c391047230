package dev.wuye.complaint.examples.boot.records;

import dev.wuye.complaint.report.ReportTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A {@link ReportTable} as an XLSX workbook (Apache POI): one sheet named by the form's title, a bold header
 * row frozen on top, every cell as text, columns as wide as their content (CJK counted double, at most 60).
 *
 * <p>The host's own small renderer rather than the quickstart's {@code XlsxExport}: that one is package-private
 * to the quickstart and writes files, and depending on {@code complaint-examples} would bring the quickstart's
 * embedded-H2 store and its {@code slf4j-simple} binding into a Spring Boot application (a second SLF4J
 * provider beside Logback).
 */
public final class XlsxWorkbook {

    /** The media type of an XLSX file. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxWorkbook() {
    }

    /**
     * The workbook's bytes.
     *
     * @param table  the table
     * @param locale the language of the title and headers ({@code zh}: Chinese, else English)
     * @return the XLSX file
     */
    public static byte[] write(ReportTable table, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Sheet sheet = wb.createSheet(sheetName(table.title(locale)));
            List<String> headers = table.headers(locale);
            int[] width = new int[headers.size()];
            Row h = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                h.createCell(c).setCellValue(headers.get(c));
                h.getCell(c).setCellStyle(header);
                width[c] = displayWidth(headers.get(c));
            }
            int r = 1;
            for (List<String> row : table.rows()) {
                Row x = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    String v = row.get(c) == null ? "" : row.get(c);
                    x.createCell(c).setCellValue(v);
                    width[c] = Math.max(width[c], displayWidth(v));
                }
            }
            for (int c = 0; c < width.length; c++) {
                sheet.setColumnWidth(c, Math.min(60, width[c] + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook of " + table.form() + " could not be written", e);
        }
    }

    /** A sheet name Excel accepts: no {@code \ / ? * [ ] :}, at most 31 characters. */
    static String sheetName(String title) {
        String s = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    /** Columns as a spreadsheet shows them: CJK characters are two wide. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp >= 0x1100 && (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60)) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}
