package dev.wuye.complaint.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A form as a table: title, columns with Chinese and English headers, rows of text cells. What a
 * renderer needs and nothing more. {@link #toString()} shows no cell (they hold personal data).
 *
 * @param form    which of the six forms
 * @param columns the columns
 * @param rows    the rows, each with one cell per column
 */
public record ReportTable(Form form, List<Column> columns, List<List<String>> rows) {

    /** Checks the components (required ones non-null, numbers in range) and copies collections. */
    public ReportTable {
        Objects.requireNonNull(form, "form");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + form + " has " + r.size() + " cells, the form has "
                        + columns.size() + " columns");
            }
        }
    }

    /**
     * The table of a form's rows.
     *
     * @param form the form
     * @param rows its rows
     * @return the table
     */
    public static ReportTable of(Form form, List<? extends FormRow> rows) {
        return new ReportTable(form, form.columns(), rows.stream().map(FormRow::cells).toList());
    }

    /** The title in a language. */
    public String title(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? form.label() : form.titleEn();
    }

    /** The headers in a language. */
    public List<String> headers(Locale locale) {
        return columns.stream().map(c -> c.header(locale)).toList();
    }

    /**
     * A cell.
     *
     * @param row the row index
     * @param key the column key
     * @return the cell text
     */
    public String cell(int row, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return rows.get(row).get(i);
            }
        }
        throw new IllegalArgumentException("form " + form + " has no column " + key);
    }

    @Override
    public String toString() {
        return "ReportTable[form=" + form + ", columns=" + columns.size() + ", rows=" + rows.size() + "]";
    }
}
