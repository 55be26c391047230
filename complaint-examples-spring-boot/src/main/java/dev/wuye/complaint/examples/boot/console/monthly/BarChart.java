package dev.wuye.complaint.examples.boot.console.monthly;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart with two bars per item under its name (the previous month's above this month's), laid
 * out for an inline SVG: the page draws the rectangles and texts at the coordinates given here, so no script and no
 * inline style is needed.
 *
 * @param title  the chart's title
 * @param width  the drawing's width (SVG user units)
 * @param height the drawing's height
 * @param items  the items, top to bottom
 */
public record BarChart(String title, int width, int height, List<Item> items) {

    /** The height of an item's name, written above its bars (so the chart stays narrow enough for a phone). */
    static final int LABEL = 16;
    /** The longest bar. */
    static final int BAR_SPACE = 320;
    /** One bar's thickness. */
    static final int BAR = 12;
    /** One item's height: its name, two bars and a gap. */
    static final int ITEM = LABEL + 2 * BAR + 10;
    /** The width left for the value after the longest bar. */
    static final int VALUE_SPACE = 80;

    /**
     * An item as laid out.
     *
     * @param label         the item's name
     * @param labelY        the baseline of its name, above the bars
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

    /** The x where the bars and the item names start. */
    public int barX() {
        return 0;
    }

    /** The x where a bar's value text starts, after a bar of the given length. */
    public int textX(int barWidth) {
        return barWidth + 6;
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
            items.add(new Item(v.label(), y + LABEL - 4, y + LABEL, length(v.previous(), max), v.previousText(),
                    y + LABEL + BAR, length(v.current(), max), v.currentText()));
            y += ITEM;
        }
        return new BarChart(title, BAR_SPACE + VALUE_SPACE, y + 4, items);
    }

    private static double finite(double d) {
        return Double.isNaN(d) ? 0 : d;
    }

    private static int length(double value, double max) {
        return max <= 0 || Double.isNaN(value) ? 0 : (int) Math.round(value / max * BAR_SPACE);
    }
}
