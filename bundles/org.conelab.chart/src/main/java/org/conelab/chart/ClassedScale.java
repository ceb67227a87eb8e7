package org.conelab.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The colour of a heat-map cell by its class: values below the floor take {@link #BELOW}, values
 * above the ceiling {@link #ABOVE}, the rest the viridis scale over the in-range values. Neither
 * class colour occurs in viridis, so a reader cannot mistake a class for a value.
 */
final class ClassedScale implements PaintScale {

    /** Cells below the floor (for example non-zero but below the double range): mid grey. */
    static final Color BELOW = new Color(0x9E9E9E);
    /** Cells above the ceiling (for example non-finite): magenta. */
    static final Color ABOVE = new Color(0xD81B9A);

    private final Viridis scale;
    private final double floor;
    private final double ceiling;

    ClassedScale(Viridis scale, double floor, double ceiling) {
        this.scale = scale;
        this.floor = floor;
        this.ceiling = ceiling;
    }

    /** @return whether {@code value} falls into the "below" class */
    boolean below(double value) {
        return value < floor;
    }

    /** @return whether {@code value} falls into the "above" class */
    boolean above(double value) {
        return value > ceiling;
    }

    @Override
    public double getLowerBound() {
        return scale.getLowerBound();
    }

    @Override
    public double getUpperBound() {
        return scale.getUpperBound();
    }

    @Override
    public Paint getPaint(double value) {
        if (below(value)) {
            return BELOW;
        }
        return above(value) ? ABOVE : scale.getPaint(value);
    }
}
