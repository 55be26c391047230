package dev.wuye.complaint.examples.boot.console.monthly;

import dev.wuye.complaint.report.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
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
 * Writes a {@link ReportTable} as an XLSX workbook (Apache POI): one sheet named by the form's title, a bold
 * header row in the reader's language, a frozen header. Cells are written as text, as the form shows them.
 */
public final class ReportTableWorkbook {

    private ReportTableWorkbook() {
    }

    /**
     * Writes the table.
     *
     * @param table  the table
     * @param locale the language of the title and headers
     * @param out    where the workbook goes (not closed)
     * @throws IOException when it cannot be written
     */
    public static void write(ReportTable table, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
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
        }
    }

    /** A sheet name Excel accepts: none of {@code \ / ? * [ ] :}, at most 31 characters. */
    static String sheetName(String title) {
        String s = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    /** Columns as a spreadsheet shows them: CJK characters are two wide. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}
