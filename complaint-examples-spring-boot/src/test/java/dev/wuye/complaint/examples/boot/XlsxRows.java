package dev.wuye.complaint.examples.boot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a downloaded XLSX back: its sheet's name and its rows as header → cell text. */
record XlsxRows(String sheetName, List<String> headers, List<Map<String, String>> rows) {

    static XlsxRows read(byte[] xlsx) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            List<String> headers = new ArrayList<>();
            for (Cell c : sheet.getRow(0)) {
                headers.add(text.formatCellValue(c));
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < headers.size(); c++) {
                    cells.put(headers.get(c), row == null || row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return new XlsxRows(sheet.getSheetName(), headers, rows);
        } catch (IOException e) {
            throw new AssertionError("not an XLSX workbook", e);
        }
    }

    /** The row whose {@code column} is {@code value}. */
    Map<String, String> row(String column, String value) {
        return rows.stream().filter(r -> value.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value + " in " + sheetName));
    }

    /** Every cell of every row, joined: to look for text anywhere in the sheet. */
    String allText() {
        StringBuilder sb = new StringBuilder(String.join("|", headers));
        rows.forEach(r -> sb.append('\n').append(String.join("|", r.values())));
        return sb.toString();
    }
}
