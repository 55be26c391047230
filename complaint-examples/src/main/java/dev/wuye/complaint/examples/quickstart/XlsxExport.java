package dev.wuye.complaint.examples.quickstart;

import dev.wuye.complaint.report.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes report tables as XLSX workbooks with Apache POI: one sheet per table, a bold header row. */
final class XlsxExport {

    private XlsxExport() {
    }

    /**
     * Writes the tables into one workbook.
     *
     * @param file   the file to write
     * @param tables the tables, one sheet each, named by their title
     * @param locale the language of titles and headers
     * @throws IOException when the file cannot be written
     */
    static void write(Path file, List<ReportTable> tables, Locale locale) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(false);
            for (ReportTable t : tables) {
                Sheet sheet = wb.createSheet(safeName(t.title(locale)));
                List<String> headers = t.headers(locale);
                int[] width = new int[headers.size()];
                Row h = sheet.createRow(0);
                for (int c = 0; c < headers.size(); c++) {
                    h.createCell(c).setCellValue(headers.get(c));
                    h.getCell(c).setCellStyle(header);
                    width[c] = displayWidth(headers.get(c));
                }
                int r = 1;
                for (List<String> row : t.rows()) {
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
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
    }

    private static String safeName(String title) {
        String s = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    /** Columns as a terminal or a spreadsheet shows them: CJK characters are two wide. */
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
