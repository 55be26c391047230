package dev.wuye.complaint.examples.boot.console.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bar chart's layout, measured by hand: the largest value fills the 320-unit bar space. */
class BarChartTest {

    @Test
    @DisplayName("counts scale to the largest: 1 and 2 of a largest 4 are 80 and 160 units long")
    void countsScaleToTheLargest() {
        BarChart c = BarChart.of("数量", List.of(new BarChart.Value("受理总数", 1, "1", 2, "2"),
                new BarChart.Value("有效投诉", 4, "4", 0, "0")), 0);
        assertThat(c.items()).hasSize(2);
        assertThat(c.items().get(0).previousWidth()).isEqualTo(80);
        assertThat(c.items().get(0).currentWidth()).isEqualTo(160);
        assertThat(c.items().get(1).previousWidth()).isEqualTo(320);
        assertThat(c.items().get(1).currentWidth()).isZero();
        assertThat(c.items().get(0).labelY()).isEqualTo(4 + 12);
        assertThat(c.items().get(0).previousY()).isEqualTo(4 + 16);
        assertThat(c.items().get(0).currentY()).isEqualTo(4 + 16 + 12);
        assertThat(c.items().get(1).previousY()).isEqualTo(c.items().get(0).previousY() + 50);
        assertThat(c.height()).isEqualTo(4 + 2 * 50 + 4);
        assertThat(c.width()).isEqualTo(320 + 80);
    }

    @Test
    @DisplayName("rates scale to 100%: 50% is half the bar space, an undefined rate has no bar")
    void ratesScaleToAHundred() {
        BarChart c = BarChart.of("比率", List.of(new BarChart.Value("有效投诉率", Double.NaN, "—", 50, "50.0%")), 100);
        assertThat(c.items().get(0).previousWidth()).isZero();
        assertThat(c.items().get(0).currentWidth()).isEqualTo(160);
        assertThat(c.textX(160)).isEqualTo(160 + 6);
    }
}
