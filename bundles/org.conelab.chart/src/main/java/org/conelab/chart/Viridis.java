package org.conelab.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The viridis colour map (perceptually uniform, readable in grey and by colour-blind readers)
 * over the value range [lower, upper]. A value v maps to s = (v − lower)/(upper − lower),
 * clamped to [0, 1], and s to the colour linearly interpolated in sRGB between eleven stops of
 * matplotlib's viridis (van der Walt and Smith, 2015). NaN maps to white, the colour of a blank
 * cell.
 */
final class Viridis implements PaintScale {

    /** viridis at s = 0, 0.1, …, 1 (dark purple → blue → green → yellow). */
    private static final int[] STOPS = {
        0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C,
        0x22A884, 0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725,
    };

    private final double lower;
    private final double upper;

    /**
     * @param lower the value drawn darkest
     * @param upper the value drawn brightest, greater than {@code lower}
     */
    Viridis(double lower, double upper) {
        if (!(lower < upper) || Double.isInfinite(lower) || Double.isInfinite(upper)) {
            throw new IllegalArgumentException("colour scale needs finite lower < upper, got [" + lower + ", " + upper + "]");
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    /** @return the colour of {@code value}; white for NaN, the end colours beyond the range */
    Color colour(double value) {
        if (Double.isNaN(value)) {
            return Color.WHITE;
        }
        double s = Math.min(1.0, Math.max(0.0, (value - lower) / (upper - lower)));
        double position = s * (STOPS.length - 1);
        int k = Math.min((int) position, STOPS.length - 2);
        double f = position - k;
        return new Color(mix(STOPS[k] >> 16, STOPS[k + 1] >> 16, f),
                mix(STOPS[k] >> 8, STOPS[k + 1] >> 8, f),
                mix(STOPS[k], STOPS[k + 1], f));
    }

    /** @return the channel (low 8 bits of a and b) at fraction f of the way from a to b */
    private static int mix(int a, int b, double f) {
        int from = a & 0xFF;
        int to = b & 0xFF;
        return (int) Math.round(from + f * (to - from));
    }
}
