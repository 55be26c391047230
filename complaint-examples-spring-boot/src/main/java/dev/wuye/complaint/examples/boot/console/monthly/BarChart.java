package dev.wuye.complaint.examples.boot.console.monthly;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart with two bars per item (the previous month's above this month's), laid out for an
 * inline SVG: the page draws the rectangles and texts at the coordinates given here, so no script and no
 * inline style is needed.
 *
 * @param title  the chart's title
 * @param width  the drawing's width (SVG user units)
 * @param height the drawing's height
 * @param items  the items, top to bottom
 */
public record BarChart(String title, int width, int height, List<Item> items) {

    /** Where the bars start: the labels are to their left. */
    static final int LABEL_WIDTH = 290;
    /** The longest bar. */
    static final int BAR_SPACE = 300;
    /** One bar's thickness. */
    static final int BAR = 12;
    /** One item's height: two bars and a gap. */
    static final int ITEM = 2 * BAR + 12;
    /** The width left for the value after the longest bar. */
    static final int VALUE_SPACE = 90;

    /**
     * An item as laid out.
     *
     * @param label         the item's name
     * @param labelY        the baseline of its name
     * @param previousY     the top of the previous month's bar
     * @param previousWidth its length (0 for none)
     * @param previousText  its value as shown
     * @param currentY      the top of this month's bar
     * @param currentWidth  its length
     * @param currentText   its value as shown
     */
    public record Item(String label, int labelY, int previousY, int previousWidth, String previousText,
                       int currentY, int currentWidth, String currentText) {
    }

    /**
     * A value to draw.
     *
     * @param label        the item's name
     * @param previous     last month's value; {@code NaN} when undefined
     * @param previousText last month's value as shown
     * @param current      this month's value; {@code NaN} when undefined
     * @param currentText  this month's value as shown
     */
    public record Value(String label, double previous, String previousText, double current, String currentText) {
    }

    /** The x where the bars start. */
    public int barX() {
        return LABEL_WIDTH;
    }

    /** The x where the item names end (they are right-aligned to the bars). */
    public int labelX() {
        return LABEL_WIDTH - 6;
    }

    /** The x where a bar's value text starts, after a bar of the given length. */
    public int textX(int barWidth) {
        return LABEL_WIDTH + barWidth + 6;
    }

    /**
     * Lays the values out, scaled so the largest (or {@code scaleMax}, if larger) fills the bar space.
     *
     * @param title    the title
     * @param values   the values
     * @param scaleMax the value a full bar stands for at least (100 for percentages, 0 to scale to the data)
     * @return the chart
     */
    public static BarChart of(String title, List<Value> values, double scaleMax) {
        double max = scaleMax;
        for (Value v : values) {
            max = Math.max(max, Math.max(finite(v.previous()), finite(v.current())));
        }
        List<Item> items = new ArrayList<>(values.size());
        int y = 4;
        for (Value v : values) {
            items.add(new Item(v.label(), y + BAR + 4, y, length(v.previous(), max), v.previousText(), y + BAR,
                    length(v.current(), max), v.currentText()));
            y += ITEM;
        }
        return new BarChart(title, LABEL_WIDTH + BAR_SPACE + VALUE_SPACE, y + 4, items);
    }

    private static double finite(double d) {
        return Double.isNaN(d) ? 0 : d;
    }

    private static int length(double value, double max) {
        return max <= 0 || Double.isNaN(value) ? 0 : (int) Math.round(value / max * BAR_SPACE);
    }
}
