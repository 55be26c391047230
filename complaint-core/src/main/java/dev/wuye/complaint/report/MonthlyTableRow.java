package dev.wuye.complaint.report;

import java.util.List;

/**
 * A line of the monthly analysis table 《客户意见统计分析表》.
 *
 * @param item   the item, in Chinese
 * @param itemEn the item, in English
 * @param value  the figure as shown
 */
public record MonthlyTableRow(String item, String itemEn, String value) implements FormRow {

    @Override
    public List<String> cells() {
        return List.of(item, itemEn, value);
    }
}
