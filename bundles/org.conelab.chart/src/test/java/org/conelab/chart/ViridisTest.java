package org.conelab.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ViridisTest {

    /** matplotlib's viridis at 0, 0.5 and 1. */
    private static final Color DARKEST = new Color(0x440154);
    private static final Color MIDDLE = new Color(0x21918C);
    private static final Color BRIGHTEST = new Color(0xFDE725);

    private final Viridis scale = new Viridis(-17, 3);

    @Test
    void endsAndMiddleAreViridis() {
        assertThat(scale.colour(-17)).isEqualTo(DARKEST);
        assertThat(scale.colour(-7)).isEqualTo(MIDDLE);
        assertThat(scale.colour(3)).isEqualTo(BRIGHTEST);
    }

    @Test
    void betweenStopsIsTheLinearMix() {
        // s = 0.05 lies halfway between the stops 0x440154 and 0x482475
        Color mixed = scale.colour(-17 + 0.05 * 20);
        assertThat(mixed).isEqualTo(new Color(Math.round((0x44 + 0x48) / 2f), Math.round((0x01 + 0x24) / 2f),
                Math.round((0x54 + 0x75) / 2f)));
    }

    @Test
    void outOfRangeValuesTakeTheEndColoursAndNanIsWhite() {
        assertThat(scale.colour(Double.NEGATIVE_INFINITY)).isEqualTo(DARKEST);
        assertThat(scale.colour(-100)).isEqualTo(DARKEST);
        assertThat(scale.colour(Double.POSITIVE_INFINITY)).isEqualTo(BRIGHTEST);
        assertThat(scale.colour(Double.NaN)).isEqualTo(Color.WHITE);
    }

    @Test
    void brightnessRisesMonotonically() {
        double previous = -1;
        for (int k = 0; k <= 100; k++) {
            Color c = scale.colour(-17 + 0.2 * k);
            // relative luminance, Rec. 709 weights
            double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
            assertThat(luminance).isGreaterThanOrEqualTo(previous);
            previous = luminance;
        }
    }

    @Test
    void rejectsAnEmptyRange() {
        assertThatThrownBy(() -> new Viridis(1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
